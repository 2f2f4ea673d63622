package com.pvsconsole.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson setup for Power VS: unknown fields ignored, absent optional fields omitted from
 * requests, and equal short string values decoded once (see {@link CanonicalStringDeserializer}).
 */
public final class JsonMapper {

    private JsonMapper() {
    }

    public static ObjectMapper create() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .registerModule(new SimpleModule("canonical-strings")
                        .addDeserializer(String.class, new CanonicalStringDeserializer()));
    }
}
