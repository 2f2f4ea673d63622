package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstanceFault;
import com.pvsconsole.ui.common.Timestamps;

/** An instance's fault in one line: "message (code 500, 30 Nov 14:02)", or empty when it has none. */
final class FaultText {

    private FaultText() {
    }

    static String of(PvmInstanceFault fault) {
        if (fault == null || fault.message() == null || fault.message().isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder(fault.message().strip());
        String code = fault.code() == null ? "" : "code " + Math.round(fault.code());
        String when = fault.created() == null ? "" : Timestamps.dateTime(fault.created());
        if (!code.isEmpty() || !when.isEmpty()) {
            text.append(" (").append(code).append(!code.isEmpty() && !when.isEmpty() ? ", " : "").append(when).append(')');
        }
        return text.toString();
    }
}
