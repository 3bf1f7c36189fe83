package dev.brief.core;

/**
 * One sentence of the cleaned article: its index in reading order, its text and its character
 * offsets in the extracted text, and the kind of block it came from.
 */
public record Sentence(int index, String text, int start, int end, int block, Block.Kind kind) {}
