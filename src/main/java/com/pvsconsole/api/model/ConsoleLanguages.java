package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code ConsoleLanguages}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: consoleLanguages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsoleLanguages(
        @JsonProperty("consoleLanguages") List<ConsoleLanguage> consoleLanguages) {
}
