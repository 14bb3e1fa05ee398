package org.greenhub.publication.domain;

import java.util.Objects;

/**
 * Everything a certificate says, already in the awardee's language: the renderer only lays it out. Names of people
 * and organisations are in any script (Latin, Chinese, Thai, Vietnamese).
 *
 * @param languageTag      the certificate's language, e.g. {@code zh-CN}; also written into the PDF's metadata
 * @param heading          e.g. "Certificate of Award"
 * @param preamble         e.g. "This certifies that"
 * @param awardee          the organisation (or person) awarded
 * @param entryTitle       the entry's title, may be blank
 * @param awardLine        e.g. "has been awarded the First Prize"
 * @param competitionLine  the competition, group and track
 * @param dateLine         the date of the final result, written out
 * @param issuer           who awards it (the zone or organiser), may be blank
 * @param verificationLine e.g. "Verify at https://…/public/verify.xhtml?code=ABCD-EFGH"
 * @param verificationCode the code alone, printed large
 */
public record CertificateText(
        String languageTag,
        String heading,
        String preamble,
        String awardee,
        String entryTitle,
        String awardLine,
        String competitionLine,
        String dateLine,
        String issuer,
        String verificationLine,
        String verificationCode) {

    public CertificateText {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(awardee, "awardee");
        Objects.requireNonNull(awardLine, "awardLine");
        Objects.requireNonNull(verificationCode, "verificationCode");
    }
}
