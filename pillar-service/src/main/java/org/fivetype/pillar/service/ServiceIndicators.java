package org.fivetype.pillar.service;

import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.List;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Rate;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;

/**
 * The indicators of the service pillar, from part four (四、建设服务型政府) of the source
 * document. Points add up to 25 (see {@code docs/coverage.md} for the rationale).
 */
final class ServiceIndicators {

  private ServiceIndicators() {}

  private static IndicatorSpec.Builder indicator(String id) {
    return IndicatorSpec.builder(id).pillar(Pillar.SERVICE);
  }

  static List<Indicator> catalogue() {
    return List.of(
        indicator("S1.decision-systems")
            .name("重大决策制度", "Systems for major decisions")
            .description("推进重大决策民主化、科学化、法制化,建立和完善重大决策事先调查研究制度、专家咨询制度、公示制度、"
                    + "听证制度和决策责任制度,建立健全重大决策失误追究制度。检查六项:上述六项制度是否书面建立并执行。",
                "Democratic, scientific and lawful major decisions. Six written systems are checked: prior "
                    + "research, expert consultation, public notice, hearings, decision responsibility, and "
                    + "accountability for wrong decisions.")
            .evidence("六项制度中已建立并执行的项数", "how many of the six systems are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(6))
            .points(3)
            .measures("S1")
            .build(),
        indicator("S1.decision-procedure")
            .name("重大决策程序", "Procedure of major decisions")
            .description("对事关全市经济社会发展和群众利益的重大决策事项,须经事先调查研究、专家咨询、公示,依法需听证的"
                    + "须经听证:年内未履行上述程序即作出的重大决策件数,每件扣1分,扣完为止。",
                "Major decisions on the city's development and citizens' interests go through prior research, "
                    + "expert consultation and public notice, and a hearing where one is required: major decisions "
                    + "of the year taken without them cost 1 point each, down to 0.")
            .evidence("未履行调研、专家咨询、公示、听证程序的重大决策件数", "major decisions taken without research, "
                + "expert consultation, public notice or a required hearing", "件", "decisions",
                Supplier.INSPECTION)
            .rule(new Deduction(1, 0))
            .points(3)
            .measures("S1")
            .build(),
        indicator("S2.open-catalogue")
            .name("政务公开目录公开率", "Open-government catalogue published")
            .description("将社会普遍关心、涉及公众利益、对经济社会发展有重大影响的事项,以及办事部门的权利、义务、责任、"
                    + "程序作为公开的主要内容:统一检查时本单位政务公开目录中已公开且内容现行有效的事项所占比例。"
                    + "60%及以下不得分,100%得满分。",
                "Open government: matters of public concern and interest, matters of major impact, and the "
                    + "unit's rights, duties, responsibilities and procedures. The share of the items of the "
                    + "unit's open-government catalogue found published and up to date at the inspection. 60% or "
                    + "less earns nothing, 100% earns full points.")
            .evidence("已公开且现行有效的目录事项所占比例", "catalogue items published and up to date, as a share",
                "比率", "ratio", Supplier.INSPECTION)
            .rule(new Rate(0.6, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .measures("S2")
            .build(),
        indicator("S2.channels")
            .name("政务公开渠道", "Open-government channels")
            .description("政务公开可通过互联网、新闻媒体、政务公开栏、公益广告、墙报等多种形式向全社会公开:"
                    + "互联网、新闻媒体、政务公开栏(含墙报)三类渠道中年内使用的类数。",
                "Publication through the internet, the news media, public notice boards, public-service "
                    + "advertising and wall posters: how many of three kinds of channel (internet, news media, "
                    + "notice boards or wall posters) the unit used in the year.")
            .evidence("三类公开渠道中使用的类数", "kinds of channel used (of three)", "类", "kinds",
                Supplier.INSPECTION)
            .rule(new Checklist(3))
            .points(1)
            .measures("S2")
            .build(),
        indicator("S3.spokesperson")
            .name("新闻发言人", "Press spokesperson")
            .description("建立健全新闻发言人制度:是否指定新闻发言人并向社会公布。",
                "A press spokesperson system: whether the unit has named a spokesperson and made the name public.")
            .evidence("是否指定并公布新闻发言人", "whether a spokesperson is named and public", "是否(1/0)",
                "yes or no (1/0)", Supplier.UNIT)
            .rule(new YesNo(HIGHER_IS_BETTER))
            .points(1)
            .measures("S3")
            .build(),
        indicator("S3.press-conferences")
            .name("新闻发布会", "Press conferences held")
            .description("定期或不定期召开新闻发布会,及时准确地通报重大决策、工作部署和政策措施,解答群众关心的热点难点"
                    + "问题:年内召开(或在全市新闻发布会上发布)的次数,每次得0.5分,4次(每季度一次)得满分2分。",
                "Regular or ad-hoc press conferences on major decisions, plans and policies, answering the "
                    + "public's questions: conferences held in the year (or the unit's releases at the city's "
                    + "conference), 0.5 points each, full 2 points at four (one a quarter).")
            .evidence("年内召开新闻发布会的次数", "press conferences held in the year", "次", "occurrences",
                Supplier.UNIT)
            .rule(new Bonus(0.5, 2))
            .points(2)
            .measures("S3")
            .build(),
        indicator("S4.first-contact")
            .name("首问责任制", "First-contact responsibility")
            .description("硬指标。实行首问责任制,接受咨询的第一人,负责问题的反映、协调处理和反馈,不得以任何理由拒绝答复:"
                    + "年内经行政效能投诉中心查实的首问拒绝答复或不负责转办反馈的件数,每件扣1分,扣完为止。"
                    + "一件即未得满分,作为硬指标,该单位等次受到硬约束(默认最高为合格)。",
                "Hard indicator. The first person asked passes the matter on, has it handled and reports back, "
                    + "and may not refuse to answer for any reason: cases of the year verified by the efficiency "
                    + "complaint centre where the first person asked refused or did not follow up cost 1 point "
                    + "each, down to 0. A single one falls short of full points and, this being a hard indicator, "
                    + "caps the unit's tier (by default at PASS).")
            .evidence("经查实的首问拒答或不转办件数", "verified refusals or failures to follow up", "件", "cases",
                Supplier.COMPLAINT_CENTRE)
            .rule(new Deduction(1, 0))
            .points(2)
            .hard(true)
            .measures("S4")
            .build(),
        indicator("S4.post-systems")
            .name("岗位责任制度", "Post responsibility systems")
            .description("建立岗位责任制。检查四项:每个工作岗位实行双岗或多岗制;“窗口”人员岗位责任栏公示上墙和挂牌"
                    + "上岗;引咎辞职制度;末位淘汰制度。",
                "Post responsibility. Four items are checked: two or more people able to cover every post; window "
                    + "staff's duties displayed on the wall and name badges worn; rules for resignation for fault; "
                    + "rules for last-place elimination.")
            .evidence("四项中已落实的项数", "how many of the four items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(4))
            .points(2)
            .measures("S4")
            .build(),
        indicator("S5.regional-rank")
            .name("自治区同行业排名", "Rank in the autonomous region")
            .description("开展争先创优活动,争取部门工作在自治区位居前列:本单位工作在自治区同行业(同类地区)年度考核中的"
                    + "名次。前3名得满分,第4至6名得60%,第7至10名得30%,其后不得分。",
                "Strive for excellence and rank near the top of the autonomous region: the unit's place in the "
                    + "region's yearly assessment of its line of work (or of comparable districts). Places 1 to 3 "
                    + "earn full points, 4 to 6 earn 60%, 7 to 10 earn 30%, lower places nothing.")
            .evidence("自治区同行业考核名次", "place in the region's assessment of the line of work", "名次",
                "place", Supplier.RECORDS)
            .rule(new Bands(List.of(new Bands.Band(3, 1.0), new Bands.Band(6, 0.6), new Bands.Band(10, 0.3)),
                LOWER_IS_BETTER))
            .points(2)
            .measures("S5")
            .build(),
        indicator("S5.honours")
            .name("上级表彰", "Commendations from above")
            .description("加强同上级部门的联系,大胆创新管理和服务方式,争先创优:年内本单位工作受到自治区或国家表彰的次数,"
                    + "每次得0.5分,最多1分。",
                "Commendations of the unit's work by the autonomous region or the State in the year: 0.5 points "
                    + "each, at most 1 point.")
            .evidence("自治区级及以上表彰次数", "commendations at region or State level", "次", "occurrences",
                Supplier.UNIT)
            .rule(new Bonus(0.5, 1))
            .points(1)
            .measures("S5")
            .build(),
        indicator("S6.enterprise-dialogue")
            .name("政府与企业对话沟通", "Dialogue with enterprises")
            .description("建立完善政府与企业对话沟通制度。检查四项:指定专门部门负责;年内每季度至少一次接待企业来访、"
                    + "到企业调研或专题座谈;网上对话渠道;企业意见和建议的登记及答复记录。",
                "Dialogue between government and enterprises. Four items are checked: a designated office; visits, "
                    + "research at enterprises or forums at least once a quarter; an online dialogue channel; a "
                    + "register of enterprises' opinions and suggestions with the answer to each.")
            .evidence("四项中已落实的项数", "how many of the four items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(4))
            .points(2)
            .measures("S6")
            .build(),
        indicator("S7.hotspot-issues")
            .name("群众反映热点难点问题办结率", "Citizens' pressing issues resolved")
            .description("加强机关作风建设,认真解决基层和群众反映强烈的热点难点问题:通过市长热线、信访等渠道交办本单位的"
                    + "问题按期办结并答复的比例。70%及以下不得分,100%得满分。",
                "Work style: solve the problems grassroots and citizens complain about. The share of the issues "
                    + "assigned to the unit through the mayor's hotline, letters and visits that were resolved and "
                    + "answered on time. 70% or less earns nothing, 100% earns full points.")
            .evidence("按期办结答复的交办问题所占比例", "assigned issues resolved and answered on time, as a share",
                "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.7, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .measures("S7")
            .build());
  }
}
