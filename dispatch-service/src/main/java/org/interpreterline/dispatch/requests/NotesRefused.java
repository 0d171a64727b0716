package org.interpreterline.dispatch.requests;

/** A supervisor asked for the officers' notes in an export: only the administrator may. */
final class NotesRefused extends RuntimeException {

    NotesRefused() {
        super("notes=true is for the administrator: a supervisor exports the history without the officers' notes");
    }
}
