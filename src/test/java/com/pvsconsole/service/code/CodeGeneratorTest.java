package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.region.RegionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    private final CodeGenerator generator = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());
    private final CodeAction stop = SampleActions.all().get("instance-stop");

    @Test
    void should_use_the_private_host_name_of_the_region_for_a_private_endpoint() {
        CodeTarget lonPrivate = new CodeTarget(new RegionEndpoint("lon", EndpointType.PRIVATE),
                SampleActions.LON04.crn(), "prod-lon");

        GeneratedCode code = generator.generate(lonPrivate, stop);

        assertThat(code.curlPosix()).contains("'https://private.eu-gb.power-iaas.cloud.ibm.com/pcloud/v1/");
        assertThat(code.terraform()).contains("visibility = \"private\"");
    }

    @Test
    void should_use_the_public_host_of_the_region() {
        assertThat(generator.generate(SampleActions.LON04, stop).curlPosix())
                .contains("'https://lon.power-iaas.cloud.ibm.com/pcloud/v1/cloud-instances/"
                        + SampleActions.LON04.workspaceId() + "/pvm-instances/" + SampleActions.WEB01.id() + "/action'");
    }

    @Test
    void should_give_powershell_the_exact_body_through_a_file_and_curl_exe() {
        CodeAction create = CurlRoundTripTest.hostileActions().get("hostile-instance-create");

        String ps = generator.generate(SampleActions.LON04, create).curlPowerShell();

        String bodyLine = ps.lines().filter(l -> l.startsWith("$body = ")).findFirst().orElseThrow();
        assertThat(PowerShellWords.decode(bodyLine.substring("$body = ".length())))
                .isEqualTo(generator.request(SampleActions.LON04, create).jsonBody());
        assertThat(ps).contains("curl.exe -sS -X POST ").contains("-H \"Authorization: Bearer $env:IAM_TOKEN\"")
                .contains("--data-binary '@pvs-request.json'");
    }

    @Test
    void should_never_write_cloud_storage_keys_into_any_rendering() {
        CodeAction capture = new CodeAction.CaptureInstance(SampleActions.WEB01, new PvmInstanceCapture("both",
                "golden", null, null, "AKIDEXAMPLEACCESS", "bucket/folder", "eu-gb", "s3cr3tEXAMPLEsecret", null));

        GeneratedCode code = generator.generate(SampleActions.LON04, capture);

        for (String text : List.of(code.cliPosix(), code.cliPowerShell(), code.curlPosix(), code.curlPowerShell(),
                code.terraform())) {
            assertThat(text).doesNotContain("AKIDEXAMPLEACCESS").doesNotContain("s3cr3tEXAMPLEsecret");
        }
        assertThat(code.cliPosix()).contains("--secret-key \"$COS_SECRET_KEY\"");
        assertThat(code.terraform()).contains("var.cos_secret_key").contains("sensitive = true");
    }

    @Test
    void should_keep_a_name_with_a_line_break_inside_its_comment() {
        CodeAction stopOdd = new CodeAction.InstancePower(new CodeAction.Ref("id-1", "x\nrm -rf ~"),
                com.pvsconsole.api.InstanceAction.STOP);

        String cli = generator.generate(SampleActions.LON04, stopOdd).cliPosix();

        assertThat(cli).contains("# Server x?rm -rf ~\n").doesNotContain("\nrm -rf");
    }
}
