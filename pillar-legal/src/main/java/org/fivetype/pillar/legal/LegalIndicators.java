package org.fivetype.pillar.legal;

import static org.fivetype.api.Direction.HIGHER_IS_BETTER;

import java.util.List;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Rate;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;

/**
 * The indicators of the rule-of-law pillar, from part two (二、建设法治型政府) of the source
 * document. Points add up to 20 (see {@code docs/coverage.md} for the rationale).
 */
final class LegalIndicators {

  private LegalIndicators() {}

  private static IndicatorSpec.Builder indicator(String id) {
    return IndicatorSpec.builder(id).pillar(Pillar.LEGAL);
  }

  static List<Indicator> catalogue() {
    return List.of(
        indicator("R1.law-exam")
            .name("公务员学法考试合格率", "Civil servants passing the law exam")
            .description("狠抓普法教育,定期组织公务员特别是领导干部学习已颁布的各项法律法规,抓好“四五”普法工作:"
                    + "参加年度学法用法考试并合格的公务员(含领导干部)占公务员总数的比例。60%及以下不得分,100%得满分。",
                "Legal education under the fourth five-year programme: the share of the unit's civil servants, "
                    + "leading cadres included, who sat and passed the year's law exam. 60% or less earns nothing, "
                    + "100% earns full points.")
            .evidence("学法考试合格的公务员人数占公务员总数的比例", "civil servants who passed the law exam, as a "
                + "share of all civil servants", "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.6, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .measures("R1")
            .build(),
        indicator("R1.red-header-review")
            .name("红头文件合法性审查", "Legal review of red-header documents")
            .description("硬指标。将“红头文件”纳入政府法制工作之中,严格控制滥发文件,落实签发人的法律责任:"
                    + "年内未经法制机构合法性审查或无签发人签发即印发的规范性文件(红头文件)件数,每件扣1分,扣完为止。"
                    + "一件即未得满分,作为硬指标,该单位等次受到硬约束(默认最高为合格)。",
                "Hard indicator. Red-header documents are brought under the government's legal work, their "
                    + "number is kept down and the signatory is legally liable: documents the unit issued in the "
                    + "year without prior legal review by the legal affairs office or without a signatory cost 1 "
                    + "point each, down to 0. A single one falls short of full points and, this being a hard "
                    + "indicator, caps the unit's tier (by default at PASS).")
            .evidence("未经合法性审查或无签发人印发的红头文件件数", "red-header documents issued without legal "
                + "review or without a signatory", "件", "documents", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(3)
            .hard(true)
            .measures("R1")
            .build(),
        indicator("R2.rulemaking-plan")
            .name("立法(制定规范性文件)计划", "Rule-making plan")
            .description("立法工作要有计划、有重点、有步骤地进行:年初是否向法制机构报送本年度立法及规范性文件制定计划"
                    + "(无制定任务的报送无计划说明)。",
                "Rule-making is planned and proceeds step by step: whether the unit filed its plan of the "
                    + "year's draft rules and normative documents with the legal affairs office at the start of "
                    + "the year (a unit with nothing to draft files a statement saying so).")
            .evidence("是否报送年度立法计划", "whether the year's rule-making plan was filed", "是否(1/0)",
                "yes or no (1/0)", Supplier.RECORDS)
            .rule(new YesNo(HIGHER_IS_BETTER))
            .points(1)
            .measures("R2")
            .build(),
        indicator("R2.unconsulted-drafts")
            .name("未征求群众意见的规章和规范性文件", "Rules adopted without public consultation")
            .description("立法一定要发扬民主,走群众路线,广泛征求群众意见,进一步完善立法程序:年内未公开征求意见或"
                    + "未履行法定程序即通过的规章草案和规范性文件件数,每件扣1分,扣完为止。",
                "Rule-making is democratic, consults the public widely and follows proper procedure: draft rules "
                    + "and normative documents adopted in the year without public consultation or without the "
                    + "prescribed procedure cost 1 point each, down to 0.")
            .evidence("未征求意见或程序不全即通过的草案件数", "drafts adopted without consultation or proper "
                + "procedure", "件", "documents", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(2)
            .measures("R2")
            .build(),
        indicator("R3.certified-enforcers")
            .name("执法人员培训持证率", "Enforcement staff trained and certified")
            .description("加大行政执法人员政治素质、业务素质和法律素质的培训力度:完成年度培训并持有效执法证件的执法"
                    + "人员占执法人员总数的比例(无执法人员的单位填1)。80%及以下不得分,100%得满分。",
                "Enforcement staff are trained in politics, their business and the law: the share of the unit's "
                    + "enforcement staff who completed the year's training and hold a valid enforcement "
                    + "certificate (a unit without enforcement staff reports 1). 80% or less earns nothing, 100% "
                    + "earns full points.")
            .evidence("经培训持证的执法人员占执法人员总数的比例", "trained and certified enforcement staff, as a "
                + "share of all enforcement staff", "比率", "ratio", Supplier.UNIT)
            .rule(new Rate(0.8, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .measures("R3")
            .build(),
        indicator("R3.case-file-review")
            .name("行政执法案卷评查合格率", "Enforcement case files in order")
            .description("严格依法行政,严格规范执法程序,防止执法随意性:统一检查中抽查的行政执法案卷合格的比例"
                    + "(无执法案件的单位填1)。60%及以下不得分,100%得满分。",
                "Strict, standard enforcement procedure: the share of the enforcement case files sampled at the "
                    + "unified inspection found in order (a unit without enforcement cases reports 1). 60% or less "
                    + "earns nothing, 100% earns full points.")
            .evidence("抽查执法案卷的合格比例", "sampled enforcement case files found in order, as a share",
                "比率", "ratio", Supplier.INSPECTION)
            .rule(new Rate(0.6, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .measures("R3")
            .build(),
        indicator("R4.lost-cases")
            .name("行政诉讼败诉、复议纠错和国家赔偿", "Acts overturned and state compensation")
            .description("严格执行行政执法责任制、行政执法错案责任追究制、行政诉讼法和国家赔偿法:年内在行政诉讼或行政"
                    + "复议中被撤销、变更、确认违法的具体行政行为以及承担国家赔偿的件数,每件扣1分,扣完为止。",
                "The enforcement responsibility system, wrongful-case accountability, the Administrative "
                    + "Litigation Law and the State Compensation Law: administrative acts of the unit revoked, "
                    + "changed or declared unlawful in litigation or reconsideration in the year, and cases of "
                    + "state compensation, cost 1 point each, down to 0.")
            .evidence("被撤销、变更、确认违法及国家赔偿的案件数", "acts overturned and compensation cases", "件",
                "cases", Supplier.RECORDS)
            .rule(new Deduction(1, 0))
            .points(2)
            .measures("R4")
            .build(),
        indicator("R4.proposals-answered")
            .name("人大代表建议和政协提案按时办复率", "Deputies' suggestions and proposals answered on time")
            .description("自觉接受人大的法律监督、政协的民主监督:交由本单位办理的人大代表建议和政协提案按时办复的比例"
                    + "(无交办件的单位填1)。80%及以下不得分,100%得满分。",
                "Oversight by the People's Congress and the CPPCC: the share of the deputies' suggestions and "
                    + "CPPCC proposals assigned to the unit that were answered on time (a unit with none reports "
                    + "1). 80% or less earns nothing, 100% earns full points.")
            .evidence("按时办复的建议和提案占交办总数的比例", "suggestions and proposals answered on time, as a "
                + "share of those assigned", "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.8, 1.0, HIGHER_IS_BETTER))
            .points(1)
            .measures("R4")
            .build(),
        indicator("R5.credit-system")
            .name("诚信体系建设", "Integrity and credit system")
            .description("在机关大力开展诚信教育和职业道德教育,建立健全诚信体系,完善对失信行为的惩戒措施。检查三项:"
                    + "年内开展诚信和职业道德教育;行政许可政策保持稳定和兑现承诺的书面制度;失信惩戒和责任追究制度。",
                "Integrity and professional-ethics education, a credit system, penalties for broken promises. "
                    + "Three items are checked: integrity and ethics education held in the year; written rules "
                    + "keeping licensing policy stable and promises kept; penalties and accountability for broken "
                    + "promises.")
            .evidence("三项中已落实的项数", "how many of the three items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(3))
            .points(1)
            .measures("R5")
            .build(),
        indicator("R5.broken-promises")
            .name("失信行为", "Broken promises")
            .description("对作出的行政许可事项保持政策的相对稳定,确保所作承诺得到落实:年内经查实的本单位不兑现公开承诺"
                    + "或无法定事由改变、撤回已作出的行政许可的件数,每件扣0.5分,扣完为止。",
                "Licensing decisions stay stable and promises are kept: verified cases in the year where the unit "
                    + "broke a public promise, or changed or withdrew a licence it had granted without legal "
                    + "grounds, cost 0.5 points each, down to 0.")
            .evidence("经查实的失信案件数", "verified cases of broken promises", "件", "cases", Supplier.RECORDS)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("R5")
            .build());
  }
}
