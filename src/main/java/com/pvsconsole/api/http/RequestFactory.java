package com.pvsconsole.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.region.EndpointUrls;
import java.util.Iterator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds the HTTP request for an {@link ApiCall}: regional URL with encoded path values and query,
 * {@code Authorization}, {@code CRN} (unless the call is one of the two workspace calls), {@code User-Agent},
 * {@code Accept} and the JSON body.
 */
public final class RequestFactory {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final EndpointUrls urls;
    private final ObjectMapper json;
    private final String userAgent;

    public RequestFactory(EndpointUrls urls, ObjectMapper json, String userAgent) {
        this.urls = urls;
        this.json = json;
        this.userAgent = userAgent;
    }

    public Request build(ApiCall call, String accessToken) {
        Request.Builder request = new Request.Builder().url(url(call))
                .header("Authorization", "Bearer " + accessToken)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (call.crn() != null) {
            request.header("CRN", call.crn().format());
        }
        return request.method(call.operation().method(), body(call)).build();
    }

    public HttpUrl url(ApiCall call) {
        HttpUrl.Builder url = urls.baseUrl(call.endpoint()).newBuilder();
        Iterator<String> values = call.pathValues().iterator();
        for (String segment : call.operation().pathTemplate().substring(1).split("/")) {
            if (segment.startsWith("{")) {
                if (!values.hasNext()) {
                    throw new IllegalStateException("Missing value for " + segment + " in " + call.operation());
                }
                url.addPathSegment(values.next());
            } else {
                url.addPathSegment(segment);
            }
        }
        call.query().forEach(url::addQueryParameter);
        return url.build();
    }

    private RequestBody body(ApiCall call) {
        if (call.body() != null) {
            try {
                return RequestBody.create(json.writeValueAsBytes(call.body()), JSON);
            } catch (JsonProcessingException e) {
                throw PowerVsException.invalidInput("input.argument", "Cannot serialise request body: " + e);
            }
        }
        // OkHttp requires a body for POST and PUT; the definition has none for e.g. console and attach.
        String method = call.operation().method();
        return method.equals("POST") || method.equals("PUT") ? RequestBody.create(new byte[0], null) : null;
    }
}
