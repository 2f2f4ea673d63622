package com.pvsconsole.ui.common;

import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Small factory for Ikonli icons so sizes stay consistent. */
public final class Icons {

    private Icons() {
    }

    /**
     * Initialises the icon packs the console draws from, making no node: each is an enum of hundreds
     * of icons whose static initialiser took the FX thread's time while the first window was built.
     * Start-up calls this on a worker while the toolkit starts; safe from any thread, and whichever
     * thread gets to a pack first initialises it once for all.
     */
    public static void preparePacks() {
        // values() of each enum: reaching one is what runs its static initialiser.
        List.of(MaterialDesignA.values(), MaterialDesignB.values(), MaterialDesignC.values(),
                MaterialDesignD.values(), MaterialDesignE.values(), MaterialDesignF.values(), MaterialDesignH.values(),
                MaterialDesignI.values(), MaterialDesignK.values(), MaterialDesignL.values(), MaterialDesignM.values(),
                MaterialDesignN.values(), MaterialDesignP.values(), MaterialDesignR.values(), MaterialDesignS.values(),
                MaterialDesignV.values(), MaterialDesignW.values());
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(16);
        return icon;
    }
}
