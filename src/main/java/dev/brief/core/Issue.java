package dev.brief.core;

/** A contested issue of the article, named by its words in the text, and how often it comes up. */
public record Issue(String name, int mentions) {}
