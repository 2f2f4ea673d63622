package com.pvsconsole.service.code;

import com.pvsconsole.api.region.EndpointUrls;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * curl for an action: the region's real URL, the {@code CRN} header, the token as the {@code IAM_TOKEN}
 * environment variable (never a real token) and the console's exact JSON body. PowerShell gets
 * {@code curl.exe} (in Windows PowerShell {@code curl} is Invoke-WebRequest) and the body through a
 * file, because Windows PowerShell strips the double quotes of JSON passed as a program argument.
 */
final class CurlRenderer {

    static final String TOKEN_VARIABLE = "IAM_TOKEN";
    static final String BODY_FILE = "pvs-request.json";
    /** The shell variable that carries a network interface's id from its create to its attach. */
    static final String INTERFACE_VARIABLE = "NI_ID";

    private final EndpointUrls urls;
    private final ApiRequests requests;

    CurlRenderer(EndpointUrls urls, ApiRequests requests) {
        this.urls = urls;
        this.requests = requests;
    }

    String render(CodeTarget target, CodeAction action, Shell shell) {
        List<ApiRequest> all = requests.all(target, action);
        List<String> lines = new ArrayList<>();
        lines.add(shell.comment("Workspace " + target.workspaceName() + " (" + target.zone() + "). Set "
                + TOKEN_VARIABLE + " to an IAM access token first (ibmcloud iam oauth-tokens, without 'Bearer ')"));
        boolean captures = all.stream().anyMatch(r -> r.path().contains(ApiRequests.NEW_INTERFACE_ID));
        if (all.size() > 1) {
            lines.add(shell.comment(all.size() + " requests, in the order the console sends them"
                    + (captures ? "; the second takes the new interface's id from the first answer"
                    + (shell == Shell.POSIX ? " (needs jq)" : "") : "")));
        }
        for (int i = 0; i < all.size(); i++) {
            boolean capture = captures && i == 0;
            String command = command(target, all.get(i), shell, lines);
            if (capture && shell == Shell.POSIX) {
                // jq -e fails on a missing id, so a refused create does not go on to the attach.
                command = INTERFACE_VARIABLE + "=$(" + command + " | jq -er .id) &&";
            } else if (capture) {
                command = "$" + INTERFACE_VARIABLE + " = (" + command + " | ConvertFrom-Json).id";
            }
            lines.add(command);
        }
        return String.join("\n", lines) + "\n";
    }

    /** One curl command; lines it needs first (PowerShell's body file) go to {@code before}. */
    private String command(CodeTarget target, ApiRequest request, Shell shell, List<String> before) {
        List<String> parts = new ArrayList<>();
        String program = shell == Shell.POSIX ? "curl" : "curl.exe";
        parts.add(program + " -sS -X " + request.method() + " " + urlWord(target, request, shell));
        parts.add("-H \"Authorization: Bearer " + shell.envReference(TOKEN_VARIABLE) + "\"");
        parts.add("-H " + shell.quote("CRN: " + target.crn().format()));
        if (request.hasBody()) {
            parts.add("-H " + shell.quote("Content-Type: application/json"));
            if (shell == Shell.POSIX) {
                parts.add("--data-binary " + shell.quote(request.jsonBody()));
            } else {
                before.add("$body = " + shell.quote(request.jsonBody()));
                before.add("[IO.File]::WriteAllText(\"$PWD/" + BODY_FILE + "\", $body)");
                parts.add("--data-binary " + shell.quote("@" + BODY_FILE));
            }
        }
        return String.join(" " + shell.continuation() + "\n  ", parts);
    }

    /** The URL as one shell word; a path ending in the new interface's id ends in the shell variable. */
    private String urlWord(CodeTarget target, ApiRequest request, Shell shell) {
        String marker = "/" + ApiRequests.NEW_INTERFACE_ID;
        if (!request.path().endsWith(marker)) {
            return shell.quote(url(target, request));
        }
        ApiRequest head = new ApiRequest(request.method(), request.path().substring(0,
                request.path().length() - marker.length()), request.query(), request.jsonBody());
        String prefix = shell.quote(url(target, head) + "/");
        return shell == Shell.POSIX ? prefix + "\"$" + INTERFACE_VARIABLE + "\""
                : "(" + prefix + " + $" + INTERFACE_VARIABLE + ")";
    }

    String url(CodeTarget target, ApiRequest request) {
        HttpUrl.Builder url = urls.baseUrl(target.endpoint()).newBuilder().encodedPath(request.path());
        request.query().forEach(url::addQueryParameter);
        return url.build().toString();
    }
}
