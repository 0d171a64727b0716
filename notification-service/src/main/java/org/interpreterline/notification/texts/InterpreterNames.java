package org.interpreterline.notification.texts;

/** How a requester sees an interpreter's name: first name and initial, enough to greet, not to look up. */
final class InterpreterNames {

    private InterpreterNames() {
    }

    /** "Ana Rodriguez" → "Ana R."; a single name stays as it is; none → "An interpreter". */
    static String shortForm(String name) {
        if (name == null || name.isBlank()) {
            return "An interpreter";
        }
        String[] parts = name.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        String last = parts[parts.length - 1];
        return parts[0] + " " + (last.endsWith(".") ? last : last.charAt(0) + ".");
    }
}
