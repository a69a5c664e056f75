package org.dianmifeng.console.certificate;

/**
 * A register entry as the screen and the printed certificate show it: the volunteer's name, volunteer number, ID
 * number (masked for a role that may not see it in clear: {@link org.dianmifeng.console.core.Masking}), unit, and
 * the display name of the account that issued it.
 */
public record CertificateRow(Certificate certificate, String name, String volunteerNo, String idNumber,
                             String unitName, String issuerName) {
    public long id() {
        return certificate.id();
    }

    CertificateRow withIdNumber(String shown) {
        return new CertificateRow(certificate, name, volunteerNo, shown, unitName, issuerName);
    }
}
