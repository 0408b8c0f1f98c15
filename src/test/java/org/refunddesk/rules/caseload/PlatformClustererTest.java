package org.refunddesk.rules.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformClustererTest {
    private final PlatformClusterer clusterer = new PlatformClusterer();

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same platform: {2}")
    @CsvSource(delimiter = '|', value = {
            // case and spaces
            "星辰卡盟        | 星辰 卡盟                           | true",
            "KaMeng Shop     | kameng shop                        | true",
            // full-width characters (NFKC)
            "ＡＢＣ卡盟       | abc卡盟                             | true",
            "ｋａｍｅｎｇ８８  | kameng88                           | true",
            // URL forms: scheme, www., trailing path, query, port, TLD
            "kameng88        | https://www.kameng88.com/shop/list | true",
            "kameng88.com    | http://kameng88.com:8080/?from=ad  | true",
            "www.xingchen.cn | xingchen                           | true",
            "HTTPS://M.KAMENG88.COM | kameng88                    | true",
            // generic words people add
            "星辰卡盟        | 星辰卡盟官网                         | true",
            "星辰卡盟平台    | 星辰卡盟                             | true",
            // simple misspellings in longer names
            "xingchenkameng  | xingchenkamneg                     | true",
            "shanhaika       | shanhaiak                          | true",
            "happycards      | happycard                          | true",
            "jiayoukameng    | jiayokameng                        | true",
            // must NOT merge: different numbers
            "kameng88        | kameng99                           | false",
            "kameng1         | kameng2                            | false",
            // must NOT merge: short names where one character is another shop
            "星辰卡盟        | 北辰卡盟                             | false",
            "星辰卡盟        | 星晨卡盟                             | false",
            "abcd            | abce                               | false",
            // must NOT merge: simply different names
            "happycards      | luckycards                         | false",
            "xingchen        | xinghai                            | false",
            "shopkameng      | https://kamengshop.cn/shop         | false",
    })
    void namesClusterWhenTheyAreTheSamePlatformWrittenDifferently(String a, String b, boolean same) {
        List<PlatformCluster> clusters = clusterer.cluster(List.of(
                refundCase(a, "10.00", "甲", "13800000001"), refundCase(b, "20.00", "乙", "13800000002")));

        assertThat(clusters).hasSize(same ? 1 : 2);
    }

    @Test
    void clusterAddsUpAmountsAndCountsDistinctConsumersByPhoneThenName() {
        List<PlatformCluster> clusters = clusterer.cluster(List.of(
                refundCase("星辰卡盟", "100.00", "张三", "138 0013 8000"),
                refundCase("星辰 卡盟", "50.50", "张三（另一单）", "+86 13800138000"),
                refundCase("https://www.星辰卡盟.com", "20.00", "李四", null),
                refundCase("星辰卡盟官网", "9.50", "李四", ""),
                refundCase("月光卡盟", "1.00", "王五", "13900000000")));

        PlatformCluster biggest = clusters.get(0);
        assertThat(biggest.caseCount()).isEqualTo(4);
        assertThat(biggest.totalAmount()).isEqualByComparingTo(new BigDecimal("180.00"));
        assertThat(biggest.consumerCount()).isEqualTo(2);
        assertThat(biggest.displayName()).isEqualTo("星辰卡盟");
        assertThat(biggest.spellings()).contains("星辰 卡盟", "https://www.星辰卡盟.com", "星辰卡盟官网");
        assertThat(clusters.get(1).displayName()).isEqualTo("月光卡盟");
    }

    @Test
    void casesWithoutConsumerDetailsCountAsOneConsumerEach() {
        List<PlatformCluster> clusters = clusterer.cluster(List.of(
                refundCase("abc", "1.00", null, null), refundCase("abc", "1.00", " ", null)));

        assertThat(clusters.get(0).consumerCount()).isEqualTo(2);
    }

    @Test
    void casesWithoutAPlatformNameAreLeftOut() {
        assertThat(clusterer.cluster(List.of(refundCase("  ", "1.00", "a", null)))).isEmpty();
    }

    @Test
    void typosChainIntoOneClusterWhateverTheInputOrder() {
        var a = refundCase("xingchenkameng", "1.00", "a", "1");
        var b = refundCase("xingchenkamneg", "1.00", "b", "2");
        var c = refundCase("xingchenkameng.com", "1.00", "c", "3");

        assertThat(clusterer.cluster(List.of(a, b, c))).singleElement()
                .satisfies(cl -> assertThat(cl.caseCount()).isEqualTo(3));
        assertThat(clusterer.cluster(List.of(c, b, a)).get(0).key())
                .isEqualTo(clusterer.cluster(List.of(a, b, c)).get(0).key());
    }
}
