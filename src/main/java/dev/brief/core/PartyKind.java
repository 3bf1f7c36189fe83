package dev.brief.core;

/** What sort of party a name denotes. */
public enum PartyKind {
  COUNTRY,
  GOVERNMENT,
  ORGANISATION,
  POLITICAL_PARTY,
  COMPANY,
  UNION,
  REGULATOR,
  COURT,
  ARMED_GROUP,
  NGO,
  GROUP,
  PERSON
}
