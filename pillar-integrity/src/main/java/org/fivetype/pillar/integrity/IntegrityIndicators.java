package org.fivetype.pillar.integrity;

import static org.fivetype.api.Direction.HIGHER_IS_BETTER;

import java.util.List;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Veto;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;

/**
 * The indicators of the integrity pillar, from part three (三、建设廉洁型政府) of the source
 * document. Points add up to 20 (see {@code docs/coverage.md} for the rationale).
 */
final class IntegrityIndicators {

  private IntegrityIndicators() {}

  private static IndicatorSpec.Builder indicator(String id) {
    return IndicatorSpec.builder(id).pillar(Pillar.INTEGRITY);
  }

  static List<Indicator> catalogue() {
    return List.of(
        indicator("I1.responsibility-system")
            .name("党风廉政建设责任制", "Responsibility system for clean conduct")
            .description("认真落实党风廉政建设责任制,建立领导干部重要情况报告制度,认真落实述职述廉、民主生活会、廉政谈话"
                    + "等制度。检查五项:责任制分解落实到岗;领导干部重要情况报告;述职述廉;民主生活会;廉政谈话。",
                "The responsibility system for clean conduct, leaders reporting major matters, debriefs on duty "
                    + "and integrity, democratic-life meetings and integrity talks. Five items are checked: "
                    + "responsibilities assigned down to every post; leading cadres' reports of major matters; "
                    + "debriefs on duty and integrity held; democratic-life meetings held; integrity talks held.")
            .evidence("五项中已落实的项数", "how many of the five items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(5))
            .points(3)
            .measures("I1")
            .build(),
        indicator("I2.integrity-education")
            .name("党风廉政教育参学率", "Integrity education attendance")
            .description("深入开展党风廉政教育活动,落实《中国共产党党内监督条例(试行)》《中国共产党纪律处分条例》,"
                    + "加强从政道德和法治纪律教育:参加年度廉政教育的干部职工占总人数的比例。60%及以下不得分,100%得满分。",
                "Integrity education on the Party's internal-supervision and disciplinary regulations, public "
                    + "ethics and discipline: the share of the unit's staff who attended the year's integrity "
                    + "education. 60% or less earns nothing, 100% earns full points.")
            .evidence("参加廉政教育的人数占干部职工总数的比例", "staff who attended integrity education, as a share "
                + "of all staff", "比率", "ratio", Supplier.UNIT)
            .rule(new Rate(0.6, 1.0, HIGHER_IS_BETTER))
            .points(2)
            .measures("I2")
            .build(),
        indicator("I3.major-cases")
            .name("大案要案(一票否决)", "Major corruption cases (veto)")
            .description("一票否决。严肃查处各类违法违纪案件,特别是人民群众反映强烈、影响恶劣的大案要案:年内本单位工作人员"
                    + "因职务违法违纪被纪检监察机关或司法机关立案查处的大案要案件数。发生1件即不得分,并一票否决。",
                "Veto. Major cases, those with strong public reaction and bad influence, of violations of law or "
                    + "discipline in office by the unit's staff, opened in the year by the discipline inspection "
                    + "commission or the judicial organs. A single case earns no points and vetoes the unit.")
            .evidence("立案查处的大案要案件数", "major cases opened against the unit's staff", "件", "cases",
                Supplier.RECORDS)
            .rule(new Veto(1))
            .points(2)
            .measures("I3")
            .build(),
        indicator("I3.case-handling")
            .name("信访举报和案件线索按期办结率", "Reports and case leads concluded on time")
            .description("加大反腐败斗争工作力度,强化查案惩处机制,坚决纠正部门和行业不正之风:纪检监察机关和纠风办"
                    + "转交本单位的信访举报和案件线索按期查结的比例(无转交件的单位填1)。80%及以下不得分,100%得满分。",
                "Fighting corruption and malpractice: the share of the reports and case leads about the unit "
                    + "passed on by the discipline inspection commission and the office for correcting "
                    + "malpractice that the unit investigated and concluded on time (a unit with none reports 1). "
                    + "80% or less earns nothing, 100% earns full points.")
            .evidence("按期查结的信访举报和线索占转交总数的比例", "reports and leads concluded on time, as a share of "
                + "those passed on", "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.8, 1.0, HIGHER_IS_BETTER))
            .points(2)
            .measures("I3")
            .build(),
        indicator("I4.cadre-selection")
            .name("干部选拔任用违规", "Breaches in cadre selection")
            .description("完善干部选拔任用制度:年内经组织部门查实的违反干部选拔任用规定(民主推荐、考察、任前公示等)"
                    + "的任用件数,每件扣1分,扣完为止。",
                "Cadre selection and appointment rules: appointments of the year that the organisation "
                    + "department found in breach of the rules (democratic recommendation, inspection, public "
                    + "notice before appointment) cost 1 point each, down to 0.")
            .evidence("违规选拔任用的件数", "appointments in breach of the rules", "件", "cases", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(2)
            .measures("I4")
            .build(),
        indicator("I4.funds-and-tenders")
            .name("招标、采购和资金管理违规", "Breaches in tendering, procurement and funds")
            .description("严格执行土地招标拍卖挂牌制度、建设工程公开招标制度、政府采购制度、国库集中收付制度,实行收支"
                    + "两条线:年内经审计、财政或统一检查查实的违规件数(土地未经招拍挂出让、工程未公开招标、未经政府采购、"
                    + "未经国库集中支付、收支未分离),每件扣1分,扣完为止。",
                "Land granted by tender, auction or listing, construction by open tender, government "
                    + "procurement, centralised treasury payment, and revenue kept apart from spending: cases the "
                    + "audit, the finance bureau or the inspection found in the year where one of these was "
                    + "bypassed cost 1 point each, down to 0.")
            .evidence("经查实的违规件数", "verified breaches", "件", "cases", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(3)
            .measures("I4")
            .build(),
        indicator("I5.major-violations")
            .name("以权谋私和“三乱”重大案件(一票否决)", "Major abuse of power and arbitrary charges (veto)")
            .description("一票否决。杜绝以权谋私,严禁乱摊派、乱收费、乱罚款:年内经纪检监察、审计或物价部门查实、定性为"
                    + "情节严重或影响恶劣的本单位以权谋私、乱摊派、乱收费、乱罚款或铺张浪费案件数。发生1件即不得分,"
                    + "并一票否决。",
                "Veto. No abuse of power for private gain, no arbitrary levies, charges or fines: cases of these "
                    + "or of extravagance by the unit that discipline inspection, the audit or the price "
                    + "authority found in the year and judged serious or of bad influence. A single case earns "
                    + "no points and vetoes the unit.")
            .evidence("定性为严重的以权谋私和“三乱”案件数", "serious cases of abuse of power or arbitrary charges",
                "件", "cases", Supplier.RECORDS)
            .rule(new Veto(1))
            .points(2)
            .measures("I5")
            .build(),
        indicator("I5.arbitrary-charges")
            .name("“三乱”和铺张浪费一般问题", "Other arbitrary charges and waste")
            .description("反对铺张浪费,严禁乱摊派、乱收费、乱罚款等不正之风:年内经纠风办或行政效能投诉中心查实、未构成"
                    + "重大案件的乱摊派、乱收费、乱罚款和铺张浪费问题件数,每件扣1分,扣完为止。",
                "No extravagance, no arbitrary levies, charges or fines: verified cases of the year that do not "
                    + "amount to a major case, found by the office for correcting malpractice or the efficiency "
                    + "complaint centre, cost 1 point each, down to 0.")
            .evidence("经查实的一般问题件数", "verified cases below a major case", "件", "cases", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(2)
            .measures("I5")
            .build(),
        indicator("I6.term-audit")
            .name("领导干部任期责任审计", "Term-end audit of leading cadres")
            .description("严格执行领导干部任期责任审计制度,经批准审计内容要适当公开:年内任期届满或离任而未进行任期"
                    + "经济责任审计的领导干部人数,加上经批准应公开而未公开审计内容的人数,每人扣1分,扣完为止。",
                "Leading cadres are audited at the end of their term and the approved parts of the audit are "
                    + "published: leading cadres whose term ended in the year without a term-end audit, plus "
                    + "those whose audit approved for publication was not published, cost 1 point each, down "
                    + "to 0.")
            .evidence("未审计或审计内容未按批准公开的领导干部人数", "leading cadres not audited, or whose audit was "
                + "not published as approved", "人", "persons", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(2)
            .measures("I6")
            .build());
  }
}
