package org.gridgov.core.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment of a new moon by the method of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.,
 * 1998), chapter 49, with ΔT after Espenak and Meeus (2006). Its error is a few seconds against the
 * ephemerides, far smaller than that of ICU4J's {@code CalendarAstronomer}, whose new moons can be
 * minutes off: enough to move Spring Festival 2027 (new moon 2027-02-06 23:56 Beijing time) to the
 * next day. {@link FestivalTableGenerator} takes the month structure (which month is the first,
 * fifth and eighth, and the leap months) from ICU's {@code ChineseCalendar} and the day each of
 * those months begins from here.
 */
final class NewMoons {

  private static final double J2000 = 2451545.0;
  private static final double UNIX_EPOCH_JD = 2440587.5;
  private static final double MILLIS_PER_DAY = 86_400_000.0;

  private NewMoons() {}

  /** The new moon nearest to an instant (in dynamical time, converted to UT). */
  static Instant nearest(Instant near) {
    double jd = near.toEpochMilli() / MILLIS_PER_DAY + UNIX_EPOCH_JD;
    double k = Math.round((jd - 2451550.09766) / 29.530588861);
    Instant best = null;
    for (double candidate = k - 1; candidate <= k + 1; candidate++) {
      Instant moon = ofLunation(candidate);
      if (best == null
          || Duration.between(moon, near).abs().compareTo(Duration.between(best, near).abs()) < 0) {
        best = moon;
      }
    }
    return best;
  }

  /** The new moon of lunation {@code k} (k = 0 at 2000-01-06), in UT. */
  static Instant ofLunation(double k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp =
        rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double correction =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);
    double[] planetary = {
      299.77 + 0.107408 * k - 0.009173 * t2,
      251.88 + 0.016321 * k,
      251.83 + 26.651886 * k,
      349.42 + 36.412478 * k,
      84.66 + 18.206239 * k,
      141.74 + 53.303771 * k,
      207.14 + 2.453732 * k,
      154.84 + 7.306860 * k,
      34.52 + 27.261239 * k,
      207.19 + 0.121824 * k,
      291.34 + 1.844379 * k,
      161.72 + 24.198154 * k,
      239.56 + 25.513099 * k,
      331.55 + 3.592518 * k
    };
    double[] amplitudes = {
      0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
      0.000042, 0.000040, 0.000037, 0.000035, 0.000023
    };
    for (int i = 0; i < planetary.length; i++) {
      correction += amplitudes[i] * Math.sin(rad(planetary[i]));
    }
    jde += correction;
    double year = 2000 + (jde - J2000) / 365.25;
    double ut = jde - deltaT(year) / 86_400.0;
    return Instant.ofEpochMilli(Math.round((ut - UNIX_EPOCH_JD) * MILLIS_PER_DAY));
  }

  /** ΔT = TT − UT in seconds, by the polynomials of Espenak and Meeus (2006), 1900–2150. */
  static double deltaT(double y) {
    if (y < 1920) {
      double t = y - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * Math.pow(t, 4)
          + 0.00002373599 * Math.pow(t, 5);
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }
}
