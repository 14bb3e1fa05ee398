package org.greenhub.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void vietnameseNamesMatchWithoutDiacritics() {
        assertEquals("cong ty co phan vat lieu xanh viet", SearchKey.fold("Công ty Cổ phần Vật liệu Xanh Việt"));
        assertEquals("nguyen thi huong", SearchKey.fold("Nguyễn Thị Hương"));
        assertEquals("dong thap", SearchKey.fold("Đồng Tháp"));
    }

    @Test
    void chineseIsKeptAndFullWidthFormsAreFolded() {
        assertEquals("绿源环保科技(苏州)有限公司", SearchKey.fold("绿源环保科技（苏州）有限公司"));
    }

    @Test
    void thaiKeepsItsVowelAndToneMarks() {
        String thai = "บริษัท กรีน เอนเนอร์จี";
        assertEquals(thai, SearchKey.fold(thai));
        assertTrue(SearchKey.fold("บริษัท กรีน เอนเนอร์จี โซลูชั่นส์ จำกัด").contains(SearchKey.fold("เอนเนอร์จี")));
    }

    @Test
    void caseAndSpacesAreNormalised() {
        assertEquals("green energy co", SearchKey.of("  GREEN   Energy ", null, "Co"));
    }
}
