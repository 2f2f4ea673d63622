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

    private final EndpointUrls urls;
    private final ApiRequests requests;

    CurlRenderer(EndpointUrls urls, ApiRequests requests) {
        this.urls = urls;
        this.requests = requests;
    }

    String render(CodeTarget target, CodeAction action, Shell shell) {
        ApiRequest request = requests.of(target, action);
        List<String> lines = new ArrayList<>();
        lines.add(shell.comment("Workspace " + target.workspaceName() + " (" + target.zone() + "). Set "
                + TOKEN_VARIABLE + " to an IAM access token first (ibmcloud iam oauth-tokens, without 'Bearer ')"));
        List<String> parts = new ArrayList<>();
        String program = shell == Shell.POSIX ? "curl" : "curl.exe";
        parts.add(program + " -sS -X " + request.method() + " " + shell.quote(url(target, request)));
        parts.add("-H \"Authorization: Bearer " + shell.envReference(TOKEN_VARIABLE) + "\"");
        parts.add("-H " + shell.quote("CRN: " + target.crn().format()));
        if (request.hasBody()) {
            parts.add("-H " + shell.quote("Content-Type: application/json"));
            if (shell == Shell.POSIX) {
                parts.add("--data-binary " + shell.quote(request.jsonBody()));
            } else {
                lines.add("$body = " + shell.quote(request.jsonBody()));
                lines.add("[IO.File]::WriteAllText(\"$PWD/" + BODY_FILE + "\", $body)");
                parts.add("--data-binary " + shell.quote("@" + BODY_FILE));
            }
        }
        lines.add(String.join(" " + shell.continuation() + "\n  ", parts));
        return String.join("\n", lines) + "\n";
    }

    String url(CodeTarget target, ApiRequest request) {
        HttpUrl.Builder url = urls.baseUrl(target.endpoint()).newBuilder().encodedPath(request.path());
        request.query().forEach(url::addQueryParameter);
        return url.build().toString();
    }
}
