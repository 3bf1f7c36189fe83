package dev.brief.testutil;

import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** LocalStack through Testcontainers, for runs that ask for it and have a Docker engine. */
final class LocalStackEmulators {
  static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.9");

  private LocalStackEmulators() {}

  /** Why LocalStack cannot run here, or null when it can. */
  static String unavailableReason() {
    if (!Emulators.localStackRequested()) {
      return "LocalStack tests are opt-in: set AWS_EMULATORS=localstack on a machine with a Docker engine";
    }
    try {
      if (!DockerClientFactory.instance().isDockerAvailable()) {
        return "AWS_EMULATORS=localstack is set but no Docker engine answers on this machine";
      }
    } catch (RuntimeException e) {
      return "AWS_EMULATORS=localstack is set but Docker is unusable: " + e.getMessage();
    }
    return null;
  }

  @SuppressWarnings("resource") // stopped by the Emulators shutdown hook
  static Emulators start() {
    String reason = unavailableReason();
    if (reason != null) {
      throw new IllegalStateException(reason);
    }
    LocalStackContainer c =
        new LocalStackContainer(IMAGE)
            .withServices(LocalStackContainer.Service.S3, LocalStackContainer.Service.DYNAMODB);
    c.start();
    return new Emulators(
        c.getEndpointOverride(LocalStackContainer.Service.S3),
        c.getEndpointOverride(LocalStackContainer.Service.DYNAMODB),
        List.of(),
        c::stop);
  }
}
