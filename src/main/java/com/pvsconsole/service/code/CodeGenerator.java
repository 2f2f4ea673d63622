package com.pvsconsole.service.code;

import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.api.region.RegionCatalog;
import java.util.Objects;

/**
 * Copy as code: turns an action the console is about to take (or took) into an {@code ibmcloud pi}
 * command, a curl request and Terraform, each with the same values the console sends. Pure and
 * cheap: call it from the FX thread if you like.
 */
public final class CodeGenerator {

    private final ApiRequests requests = new ApiRequests();
    private final CliRenderer cli = new CliRenderer();
    private final CurlRenderer curl;
    private final TerraformRenderer terraform = new TerraformRenderer();

    /** {@code urls} decides the curl host: the real IBM Cloud hosts, or the simulator's in tests. */
    public CodeGenerator(EndpointUrls urls) {
        this.curl = new CurlRenderer(Objects.requireNonNull(urls, "urls"), requests);
    }

    /** The generator for the real service: {@code https://{region}.power-iaas.cloud.ibm.com} and private hosts. */
    public static CodeGenerator forIbmCloud(RegionCatalog catalog) {
        return new CodeGenerator(EndpointUrls.ibmCloud(catalog));
    }

    public GeneratedCode generate(CodeTarget target, CodeAction action) {
        return new GeneratedCode(cli.render(target, action, Shell.POSIX), cli.render(target, action, Shell.POWERSHELL),
                curl.render(target, action, Shell.POSIX), curl.render(target, action, Shell.POWERSHELL),
                terraform.render(target, action));
    }

    /** The request the console's client sends for {@code action}: for tests and the journal. */
    public ApiRequest request(CodeTarget target, CodeAction action) {
        return requests.of(target, action);
    }
}
