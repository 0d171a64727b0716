package org.interpreterline.local.demo;

import java.util.List;

/**
 * The people a first start puts on the line so that it can be tried at once: interpreters for the five languages
 * of the default menu and two officers. Every name says "(demo)" so nobody takes them for real people, and the
 * numbers are in the 555-01xx range no real phone has.
 */
public final class DemoRoster {

    public record Interpreter(String name, String phone, List<String> languages, int tier) {
    }

    public record Officer(String name, String phone, String agency, String badge) {
    }

    public static final List<Interpreter> INTERPRETERS = List.of(
            new Interpreter("Ana Ruiz (demo)", "+14125550141", List.of("es"), 1),
            new Interpreter("Luis Ortega (demo)", "+14125550142", List.of("es", "pt"), 2),
            new Interpreter("Omar Haddad (demo)", "+14125550143", List.of("ar"), 1),
            new Interpreter("Mei Chen (demo)", "+14125550144", List.of("zh"), 1),
            new Interpreter("Bishnu Gurung (demo)", "+14125550145", List.of("ne"), 1),
            new Interpreter("Amani Njoroge (demo)", "+14125550146", List.of("sw"), 1));

    public static final List<Officer> OFFICERS = List.of(
            new Officer("Officer Dana Diaz (demo)", "+14125550131", "Pittsburgh Police", "D-101"),
            new Officer("Medic Sam Kim (demo)", "+14125550132", "Pittsburgh EMS", "M-202"));

    private DemoRoster() {
    }
}
