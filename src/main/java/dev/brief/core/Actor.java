package dev.brief.core;

/** A person who speaks or acts for a party, with the role the article gives them (may be null). */
public record Actor(String name, String role) {}
