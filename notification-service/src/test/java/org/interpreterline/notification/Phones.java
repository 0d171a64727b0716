package org.interpreterline.notification;

/** The virtual phones of the integration tests, one per scenario so that no two tests share a phone. */
final class Phones {

    static final String BUSY_INTERPRETER = "+14125551001";

    private Phones() {
    }
}
