package dev.brief.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.brief.app.ArticleResult;

/** The one Jackson configuration behind every JSON Brief writes: API, store and CLI alike. */
public final class Json {
  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Json() {}

  /** Applies Brief's settings to a mapper (also used on the one Quarkus provides). */
  public static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static ArticleResult readResult(String json) {
    try {
      return MAPPER.readValue(json, ArticleResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A stored result is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
