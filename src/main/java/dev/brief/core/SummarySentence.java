package dev.brief.core;

/** A sentence chosen for the summary, with its index in the article and its rank score. */
public record SummarySentence(int index, String text, double score) {}
