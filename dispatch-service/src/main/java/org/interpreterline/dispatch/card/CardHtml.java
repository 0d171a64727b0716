package org.interpreterline.dispatch.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The card's pages, written out as plain HTML: no framework, no external file, a few lines of script that only filter
 * the list as the resident types (the search form works without it). Large buttons; each language's line carries its
 * {@code lang} and, for right-to-left scripts, {@code dir="rtl"}, so screen readers voice it in its language.
 */
final class CardHtml {

    /** Filters the list as one types; the same reduction as {@link CardLanguages#searchable}. */
    private static final String SCRIPT = """
            (function () {
              var q = document.getElementById('q'), items = document.querySelectorAll('#languages li'),
                  none = document.getElementById('none');
              function plain(s) {
                return s.toLowerCase().normalize('NFD').replace(/([a-z])[\\u0300-\\u036f]+/g, '$1')
                  .replace(/['\\u2019\\u2018\\u02bc\\u02bb`\\u00b4]/g, '').normalize('NFC').trim().replace(/\\s+/g, ' ');
              }
              q.addEventListener('input', function () {
                var wanted = plain(q.value), shown = 0;
                for (var i = 0; i < items.length; i++) {
                  var match = items[i].getAttribute('data-names').indexOf(wanted) >= 0;
                  items[i].hidden = !match;
                  if (match) { shown++; }
                }
                none.hidden = shown > 0;
              });
            })();
            """;

    /** For the Content-Security-Policy: this script and nothing else may run. */
    static final String SCRIPT_HASH = "'sha256-" + sha256(SCRIPT) + "'";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;margin:auto;font-size:1.15rem;
            line-height:1.4;background:#fff;color:#111}
            h1{font-size:1.5rem;margin:.5rem 0}
            form.search{display:flex;gap:.5rem;margin:1rem 0}
            input[type=search]{flex:1;font-size:1.2rem;padding:.6rem;border:2px solid #333;border-radius:.4rem}
            button{font:inherit;cursor:pointer}
            form.search button{padding:.6rem 1rem;border:2px solid #333;border-radius:.4rem;background:#eee}
            ul{list-style:none;padding:0;margin:0}
            li{margin:.5rem 0}
            li button{display:block;width:100%;min-height:3.5rem;padding:.7rem 1rem;text-align:start;
            border:2px solid #1d4ed8;border-radius:.6rem;background:#eff6ff;color:#111}
            li button:focus,li button:hover{background:#dbeafe;outline:3px solid #111}
            .phrase{display:block;font-size:1.5rem}
            .english{display:block;font-size:1rem;color:#333}
            h2{font-size:1.1rem;margin:1.2rem 0 .3rem}
            """;

    private CardHtml() {
    }

    /** The card: a search, then a button per language; {@code action} is where a tap is posted. */
    static String card(String token, String query, List<CardLanguages.Entry> entries, String action, String self) {
        StringBuilder html = head("Which language do you speak?");
        html.append("<main><h1>Which language do you speak?</h1>")
                .append("<p>Tap your language. An interpreter will help you by phone.</p>")
                .append("<form class=\"search\" method=\"get\" action=\"").append(escape(self))
                .append("\" role=\"search\"><label for=\"q\">Search</label>")
                .append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" value=\"")
                .append(escape(query == null ? "" : query)).append("\">")
                .append("<button type=\"submit\">Search</button></form>")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">")
                .append("<input type=\"hidden\" name=\"card\" value=\"").append(escape(token)).append("\">")
                .append("<ul id=\"languages\" aria-label=\"Languages\">");
        for (CardLanguages.Entry entry : entries) {
            String tag = entry.language().tag();
            html.append("<li data-names=\"").append(escape(entry.searchText())).append("\"")
                    .append(entry.mostAsked() ? " data-most-asked=\"true\"" : "").append(">")
                    .append("<button type=\"submit\" name=\"language\" value=\"").append(escape(tag)).append("\">")
                    .append("<span class=\"phrase\" lang=\"").append(escape(tag)).append("\"")
                    .append(entry.phrase().rightToLeft() ? " dir=\"rtl\"" : "").append(">")
                    .append(escape(entry.phrase().text())).append("</span>")
                    .append("<span class=\"english\" lang=\"en\">").append(escape(entry.language().englishName()))
                    .append("</span></button></li>");
        }
        html.append("</ul></form>")
                .append("<p id=\"none\" role=\"status\"").append(entries.isEmpty() ? "" : " hidden")
                .append(">No language matches. Clear the search to see them all.</p>")
                .append("</main><script>").append(SCRIPT).append("</script></body></html>");
        return html.toString();
    }

    /** After the tap: in the chosen language's own words as well as English. */
    static String chosen(CardLanguages.Entry entry) {
        String tag = entry.language().tag();
        return head("Thank you").append("<main><h1>Thank you</h1><p class=\"phrase\" lang=\"").append(escape(tag))
                .append("\"").append(entry.phrase().rightToLeft() ? " dir=\"rtl\"" : "").append(">")
                .append(escape(entry.phrase().text())).append("</p>")
                .append("<p>The officer has been told: ").append(escape(entry.language().englishName()))
                .append(". Please give the phone back to the officer. An interpreter will help you by phone.</p>")
                .append("</main></body></html>").toString();
    }

    /** An expired, used or unknown link. */
    static String gone(String validFor) {
        return head("This language card has expired").append("<main><h1>This language card has expired</h1>")
                .append("<p>It was used already, or it is older than ").append(escape(validFor))
                .append(". Please ask the officer for a new one.</p>")
                .append("</main></body></html>").toString();
    }

    /** Something on our side: say so plainly, and what to do. */
    static String tryAgain(String why) {
        return head("Please try again").append("<main><h1>Please try again</h1><p>").append(escape(why))
                .append("</p></main></body></html>").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(16_384).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\"><title>").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
