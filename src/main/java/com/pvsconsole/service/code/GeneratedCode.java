package com.pvsconsole.service.code;

/** The three renderings of one action; the CLI and curl in both shell dialects. */
public record GeneratedCode(String cliPosix, String cliPowerShell, String curlPosix, String curlPowerShell,
        String terraform) {

    public String cli(Shell shell) {
        return shell == Shell.POSIX ? cliPosix : cliPowerShell;
    }

    public String curl(Shell shell) {
        return shell == Shell.POSIX ? curlPosix : curlPowerShell;
    }
}
