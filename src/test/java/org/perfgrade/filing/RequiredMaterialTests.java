package org.perfgrade.filing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which scan is which required material: the default three told apart by the words of their file names. */
class RequiredMaterialTests {

    private final List<RequiredMaterial> defaults = RequiredMaterial.defaults();

    @Test
    void eachScanIsTheMaterialItsNameSays() {
        assertThat(materials("申报书.pdf")).containsExactly("申报材料扫描件");
        assertThat(materials("绩效分级申报材料.PDF")).containsExactly("申报材料扫描件");
        assertThat(materials("专家意见.pdf")).containsExactly("经专家签字的申报材料审核意见");
        assertThat(materials("申报材料专家意见.pdf")).containsExactly("经专家签字的申报材料审核意见");
        assertThat(materials("现场核查专家意见.pdf")).containsExactly("经专家签字的现场核查意见");
        assertThat(materials("营业执照.pdf")).isEmpty();
    }

    @Test
    void aMaterialNeedsANameAndWords() {
        assertThatThrownBy(() -> new RequiredMaterial(" ", List.of("申报书"), null, false))
                .hasMessageContaining("名称");
        assertThatThrownBy(() -> new RequiredMaterial("营业执照", null, null, false))
                .hasMessageContaining("营业执照").hasMessageContaining("files");
    }

    private List<String> materials(String file) {
        return defaults.stream().filter(m -> m.matches(file)).map(RequiredMaterial::name).toList();
    }
}
