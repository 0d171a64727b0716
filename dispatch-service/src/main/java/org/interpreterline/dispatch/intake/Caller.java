package org.interpreterline.dispatch.intake;

/** Who is calling: a registered responder (name and agency), or someone whose agency PIN was right (agency only). */
record Caller(String name, String agency) {
}
