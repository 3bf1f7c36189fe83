package dev.brief.core;

/** Counts about the cleaned article and what cleaning removed. */
public record Stats(int sentences, int words, int removedBoilerplate, int removedDuplicates) {}
