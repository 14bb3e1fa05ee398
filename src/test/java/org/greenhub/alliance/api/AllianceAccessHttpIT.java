package org.greenhub.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, as a browser or API client sees it: the public sees the directory and the charter, nothing else; a
 * member's signed agreement and membership page are for its own people and its alliance's coordinators only; another
 * alliance's coordinator gets "not found".
 */
class AllianceAccessHttpIT extends HttpTest {

    @Test
    void thePublicMembersCoordinatorsAndOtherCoordinatorsEachSeeOnlyWhatIsTheirs() {
        Http http = new Http(base);
        HttpResponse<String> created =
                http.send("POST", "test-support/alliance-scenario?member=true", null, null, new byte[0]);
        assertEquals(200, created.statusCode(), created.body());
        JsonObject s = Http.json(created);
        String password = s.getString("password");
        String founder = Http.basic(s.getString("founder"), password);
        String coordinator = Http.basic(s.getString("coordinator"), password);
        String outsider = Http.basic(s.getString("outsider"), password);
        String otherCoordinator = Http.basic(s.getString("otherCoordinator"), password);
        String agreement = "api/alliance/documents/" + s.getJsonNumber("agreementId");
        String charter = "api/alliance/documents/" + s.getJsonNumber("charterId");
        String membership = "alliance/membership.xhtml?id=" + s.getJsonNumber("membershipId");
        String manage = "alliance/manage.xhtml?alliance=" + s.getJsonNumber("allianceId");

        // The public: the directory and the charter, without signing in.
        HttpResponse<String> directory =
                http.get("alliance/directory.xhtml?alliance=" + s.getJsonNumber("allianceId"), null);
        assertEquals(200, directory.statusCode());
        assertTrue(directory.body().contains(s.getString("organisation")));
        HttpResponse<String> charterDownload = http.get(charter, null);
        assertEquals(200, charterDownload.statusCode());
        assertTrue(charterDownload.body().startsWith("%PDF"));
        assertEquals(
                "nosniff",
                charterDownload.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(charterDownload
                .headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .startsWith("attachment;"));
        assertEquals(401, http.get(agreement, null).statusCode());
        assertEquals(
                302, http.get(membership, null).statusCode(), "members' pages send the public to the sign-in page");
        assertEquals(302, http.get(manage, null).statusCode());

        // The member's own people and its coordinators.
        HttpResponse<String> own = http.get(agreement, founder);
        assertEquals(200, own.statusCode());
        assertTrue(own.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("filename*=UTF-8''%E5%8D%8F%E8%AE%AE"));
        assertEquals(200, http.get(agreement, coordinator).statusCode());
        assertEquals(200, http.get(membership, founder).statusCode());
        assertEquals(200, http.get(membership, coordinator).statusCode());
        assertEquals(200, http.get(manage, coordinator).statusCode());

        // Everyone else: "not found", exactly as for something that does not exist.
        assertEquals(404, http.get(agreement, outsider).statusCode());
        assertEquals(404, http.get(agreement, otherCoordinator).statusCode());
        assertEquals(404, http.get("api/alliance/documents/987654321", founder).statusCode());
        HttpResponse<String> foreignPage = http.get(membership, outsider);
        assertEquals(404, foreignPage.statusCode());
        assertFalse(foreignPage.body().contains(s.getString("organisation")));
        assertEquals(404, http.get(membership, otherCoordinator).statusCode());
        assertEquals(404, http.get(manage, otherCoordinator).statusCode());
        assertEquals(403, http.get(manage, founder).statusCode(), "a member is no coordinator");
    }
}
