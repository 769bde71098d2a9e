package org.kerangka.app.implementation;

/** How big a piece of work is: a programme holds projects, a project holds activities. */
public enum ActivityLevel {
  PROGRAMME,
  PROJECT,
  ACTIVITY
}
