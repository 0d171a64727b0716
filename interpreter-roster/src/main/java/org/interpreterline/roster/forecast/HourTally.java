package org.interpreterline.roster.forecast;

/**
 * What the coverage forecast keeps of one week × language × hour of the week: how many requests were opened, and
 * how long interpreters of the language were on the line, added up (two interpreters for a whole hour: 2 h). Only
 * counts: no request, phone number, name or note.
 */
record HourTally(long requests, long onLineMillis) {

    static final HourTally NONE = new HourTally(0, 0);

    HourTally plusRequest() {
        return new HourTally(requests + 1, onLineMillis);
    }

    HourTally plusOnLine(long millis) {
        return new HourTally(requests, onLineMillis + millis);
    }

    HourTally plus(HourTally other) {
        return new HourTally(requests + other.requests, onLineMillis + other.onLineMillis);
    }
}
