package com.pvsconsole.app;

import com.pvsconsole.ui.shell.AccountInfo;
import java.util.function.Supplier;

/**
 * Where the console connects: IAM, the regional URL templates, the API key (asked for when a
 * token is needed, never stored here), who that is, and the region to open first.
 */
public record ConnectionTarget(String iamUrl, String publicTemplate, String privateTemplate,
                               Supplier<String> apiKey, AccountInfo account, String initialRegion) {
}
