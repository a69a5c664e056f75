package org.dianmifeng.console.certificate;

import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.UserName;

/**
 * A register entry as the screen and the printed certificate show it: the volunteer's name, volunteer number, ID
 * number (masked for a role that may not see it in clear: {@link org.dianmifeng.console.core.Masking}), unit, and
 * the account that issued it.
 */
public record CertificateRow(Certificate certificate, String name, String volunteerNo, String idNumber,
                             String unitName, UserName issuer) {
    /** Who issued it, by name alone (系统 for the sample data and the command line). */
    public String issuerName(Messages messages) {
        return issuer.name(messages);
    }

    public long id() {
        return certificate.id();
    }

    CertificateRow withIdNumber(String shown) {
        return new CertificateRow(certificate, name, volunteerNo, shown, unitName, issuer);
    }
}
