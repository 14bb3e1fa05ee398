package org.greenhub.browser;

import java.util.UUID;

/** A start-up founder as the browser tests register them: every run gets its own address and organisation. */
record Founder(String displayName, String email, String password, String legalName, String registeredName) {

    /** A Vietnamese founder of a company registered under a Chinese name: the names exercise non-Latin text end to end. */
    static Founder unique() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Founder(
                "Nguyễn Thị Thuỳ Dương",
                "founder-" + suffix + "@example.test",
                "Green-Growth-2026-" + suffix,
                "Xanh Solar Tech " + suffix,
                "绿能光伏科技有限公司 " + suffix);
    }

    Founder withPassword(String otherPassword) {
        return new Founder(displayName, email, otherPassword, legalName, registeredName);
    }
}
