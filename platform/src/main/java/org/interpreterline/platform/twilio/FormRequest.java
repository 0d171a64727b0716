package org.interpreterline.platform.twilio;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook request whose form body has been read once and is kept. Twilio signs the body parameters
 * only (the query string is part of the signed URL), so the signature check must see them apart from the query;
 * controllers still see query and body parameters together, as usual. Twilio signs one value per name while
 * a handler would bind every value ("1,9"): a name given twice (in the body, in the query, or in both) makes the
 * request malformed.
 */
final class FormRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, List<String>> bodyParams;
    private final Map<String, String[]> allParams;

    /** Why a webhook cannot be read as Twilio sends them. */
    static final class Malformed extends Exception {

        Malformed(String message) {
            super(message);
        }
    }

    private FormRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> bodyParams,
            Map<String, List<String>> all) {
        super(request);
        this.body = body;
        this.bodyParams = bodyParams;
        Map<String, String[]> arrays = new LinkedHashMap<>();
        all.forEach((k, v) -> arrays.put(k, v.toArray(String[]::new)));
        this.allParams = Collections.unmodifiableMap(arrays);
    }

    static FormRequest read(HttpServletRequest request, int maxBytes) throws IOException, Malformed {
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new Malformed("body larger than " + maxBytes + " bytes");
        }
        Map<String, List<String>> bodyParams = isForm(request) ? parse(new String(body, StandardCharsets.UTF_8))
                : Map.of();
        Map<String, List<String>> all = new LinkedHashMap<>(parse(request.getQueryString()));
        bodyParams.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        for (Map.Entry<String, List<String>> param : all.entrySet()) {
            if (param.getValue().size() > 1) {
                throw new Malformed("parameter " + param.getKey() + " given " + param.getValue().size() + " times");
            }
        }
        return new FormRequest(request, body, bodyParams, all);
    }

    /** Each body parameter with its value (one: a repeated name is refused by {@link #read}), as Twilio signs them. */
    Map<String, String> signedParams() {
        Map<String, String> first = new LinkedHashMap<>();
        bodyParams.forEach((k, v) -> first.put(k, v.getFirst()));
        return first;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    @Override
    public String getParameter(String name) {
        String[] values = allParams.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return allParams;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(allParams.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return allParams.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already in memory");
            }

            @Override
            public int read() {
                return in.read();
            }
        };
    }
}
