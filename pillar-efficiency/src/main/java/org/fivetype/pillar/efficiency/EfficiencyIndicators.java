package org.fivetype.pillar.efficiency;

import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.List;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;

/**
 * The indicators of the efficiency pillar, from part five (五、建设效能型政府) of the source
 * document. Points add up to 20 (see {@code docs/coverage.md} for the rationale).
 */
final class EfficiencyIndicators {

  private EfficiencyIndicators() {}

  private static IndicatorSpec.Builder indicator(String id) {
    return IndicatorSpec.builder(id).pillar(Pillar.EFFICIENCY);
  }

  static List<Indicator> catalogue() {
    return List.of(
        indicator("E1.devolution-oversight")
            .name("简政放权与监督", "Delegated powers and their oversight")
            .description("简政放权,实现市区两级管理体制。检查三项:为各区提供业务培训;建立统一的审批和管理标准、程序、"
                    + "文本格式;通过执法检查、受理投诉等形式跟踪掌握下放权力的行使情况(区县按承接方对应检查:"
                    + "参加培训、按统一标准建章立制、接受监督)。",
                "Delegate power with accountability. Three items are checked: training offered to the "
                    + "districts; unified standards, procedures and forms for approval and management; follow-up "
                    + "of how delegated powers are used, through enforcement checks and complaints (a district is "
                    + "checked on the receiving side: trained, rules set up to the unified standards, supervised).")
            .evidence("三项中已落实的项数", "how many of the three items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(3))
            .points(1.5)
            .measures("E1")
            .build(),
        indicator("E2.unlawful-approvals")
            .name("应取消而未取消的审批事项", "Approvals kept without legal basis")
            .description("按照《行政许可法》全面、及时清理行政审批事项,法律不允许和于法无据的坚决取消,能合并的必须合并:"
                    + "年内经法制机构审核查实的应取消或合并而仍在实施的审批事项数,每项扣0.5分,扣完为止。",
                "Approvals are reviewed under the Administrative Licensing Law; those without legal basis are "
                    + "cancelled and those that can be merged are merged: approval items the legal affairs office "
                    + "found still in force in the year that should have been cancelled or merged cost 0.5 points "
                    + "each, down to 0.")
            .evidence("应取消或合并而未取消、合并的审批事项数", "approval items kept that should have been cancelled "
                + "or merged", "项", "items", Supplier.RECORDS)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("E2")
            .build(),
        indicator("E3.approval-steps")
            .name("审批环节", "Approval steps")
            .description("对已保留的必须审批的事项进一步简化办事程序:保留审批事项的平均审批环节数(无审批事项的单位填0)。"
                    + "3个及以下得满分,8个及以上不得分,其间线性。",
                "Simpler procedures for the approvals that remain: the average number of steps of the unit's "
                    + "retained approval items (a unit without approval items reports 0). Three steps or fewer "
                    + "earn full points, eight or more nothing, linear in between.")
            .evidence("保留审批事项的平均审批环节数", "average number of steps per retained approval item", "个",
                "steps", Supplier.RECORDS)
            .rule(new Goalposts(3, 8, LOWER_IS_BETTER))
            .points(1)
            .measures("E3")
            .build(),
        indicator("E4.time-limit-cut")
            .name("审批时限压缩", "Time limits cut below the statutory ones")
            .description("依法缩短审批时限:承诺办结时限短于法定时限的审批事项占本单位审批事项的比例(无审批事项的单位填1)。"
                    + "50%及以下不得分,100%得满分。",
                "Time limits shortened below the statutory ones: the share of the unit's approval items whose "
                    + "promised time limit is shorter than the statutory one (a unit without approval items "
                    + "reports 1). Half or less earns nothing, all earn full points.")
            .evidence("承诺时限短于法定时限的审批事项所占比例", "approval items with a promised limit shorter than "
                + "the statutory one, as a share", "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.5, 1.0, HIGHER_IS_BETTER))
            .points(1.5)
            .measures("E4")
            .build(),
        indicator("E4.on-time")
            .name("限时办结率", "Cases completed within the promised time")
            .description("限时办结制:年内在政务中心受理的本单位办件中在承诺时限内办结的比例(无办件的单位填1)。"
                    + "90%及以下不得分,100%得满分。",
                "Time-limited completion: the share of the unit's cases taken in at the service centre in the "
                    + "year that were completed within the promised time (a unit without cases reports 1). 90% or "
                    + "less earns nothing, 100% earns full points.")
            .evidence("按承诺时限办结的办件所占比例", "cases completed within the promised time, as a share",
                "比率", "ratio", Supplier.RECORDS)
            .rule(new Rate(0.9, 1.0, HIGHER_IS_BETTER))
            .points(1.5)
            .measures("E4")
            .build(),
        indicator("E4.centre-systems")
            .name("政务中心八项工作制度", "The service centre's eight working systems")
            .description("严格执行工作人员岗位责任制、服务承诺制、限时办结制、否定报备制、首问责任制、效能考评制、"
                    + "失职追究制、一次性告知制:八项制度中已建立并执行的项数。",
                "The eight working systems of the service centre: post responsibility, service pledges, "
                    + "time-limited completion, reporting of refusals, first-contact responsibility, efficiency "
                    + "evaluation, accountability for dereliction, and one-time notification. How many of the "
                    + "eight are in place and applied.")
            .evidence("八项制度中已建立并执行的项数", "how many of the eight systems are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(8))
            .points(1.5)
            .measures("E4")
            .build(),
        indicator("E4.window-bypass")
            .name("统一进件、统一出件", "Single intake and single output")
            .description("硬指标。必须做到统一进件,统一出件;进入政务中心的窗口职能部门必须服从政务中心的统一调度和安排:"
                    + "年内经政务中心或统一检查查实的在中心窗口之外受理或出件、不服从中心调度的件数,每件扣0.5分,"
                    + "扣完为止。一件即未得满分,作为硬指标,该单位等次受到硬约束(默认最高为合格)。",
                "Hard indicator. Every case is taken in and handed out through the service centre's single "
                    + "window, and window departments obey the centre's scheduling: cases found in the year by the "
                    + "centre or the inspection that were taken in or handed out elsewhere, or where the centre's "
                    + "scheduling was ignored, cost 0.5 points each, down to 0. A single one falls short of full "
                    + "points and, this being a hard indicator, caps the unit's tier (by default at PASS).")
            .evidence("在窗口之外受理、出件或不服从调度的件数", "cases taken in or handed out outside the window, "
                + "or ignoring the centre's scheduling", "件", "cases", Supplier.RECORDS)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .hard(true)
            .measures("E4")
            .build(),
        indicator("E4.one-time-notice")
            .name("一次性告知", "One-time notification")
            .description("一次性告知制和否定报备制:年内经行政效能投诉中心查实的未一次性告知所需材料致使办事人往返,"
                    + "或作出否定决定未报备的件数,每件扣0.5分,扣完为止。",
                "One-time notification and reporting of refusals: verified complaints of the year that applicants "
                    + "had to come back because requirements were not told at once, or that a refusal was not "
                    + "reported, cost 0.5 points each, down to 0.")
            .evidence("经查实的未一次性告知或否定未报备件数", "verified failures of one-time notification or "
                + "refusal reporting", "件", "cases", Supplier.COMPLAINT_CENTRE)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("E4")
            .build(),
        indicator("E5.centralised-office")
            .name("集中办公", "Centralised office")
            .description("各区县、各职能部门实行集中办公,方便市民办事:本单位对外办事事项是否集中在一个办事大厅(窗口)办理。",
                "Districts and departments serve the public in one place: whether all of the unit's "
                    + "public-facing services are handled in one centralised hall.")
            .evidence("对外办事事项是否集中办理", "whether public-facing services are centralised", "是否(1/0)",
                "yes or no (1/0)", Supplier.INSPECTION)
            .rule(new YesNo(HIGHER_IS_BETTER))
            .points(1)
            .measures("E5")
            .build(),
        indicator("E6.verified-complaints")
            .name("行政效能投诉", "Verified efficiency complaints")
            .description("充分发挥行政效能投诉中心的作用:年内行政效能投诉中心查实的对本单位服务态度不好、作风不实、推诿扯皮、"
                    + "故意刁难、拖延时限、吃拿卡要的投诉件数,每件扣0.5分,扣完为止。",
                "The efficiency complaint centre: complaints about the unit's staff verified by the centre in "
                    + "the year (poor attitude, shirking, obstruction, delay, asking for favours) cost 0.5 points "
                    + "each, down to 0.")
            .evidence("行政效能投诉中心查实的投诉件数", "complaints verified by the efficiency complaint centre", "件",
                "complaints", Supplier.COMPLAINT_CENTRE)
            .rule(new Deduction(0.5, 0))
            .points(2)
            .measures("E6")
            .build(),
        indicator("E7.long-meetings")
            .name("会期超过半天的会议", "Meetings longer than half a day")
            .description("严格控制会议数量、规模和时间;除全市性的会议以外,其他会议会期原则上不超过半天:年内本单位召开的"
                    + "非全市性会议中会期超过半天或无明确目的、无实质内容的会议数,每次扣0.5分,扣完为止。",
                "Fewer and shorter meetings; every meeting except city-wide ones lasts at most half a day: "
                    + "meetings the unit held in the year, other than city-wide ones, that lasted more than half a "
                    + "day or had no clear purpose cost 0.5 points each, down to 0.")
            .evidence("超过半天或无明确目的的非全市性会议次数", "non-city-wide meetings over half a day or without "
                + "a clear purpose", "次", "meetings", Supplier.RECORDS)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("E7")
            .build(),
        indicator("E7.leader-speeches")
            .name("精减领导讲话", "One city leader speaking")
            .description("除全市性的会议以外,其他会议原则上只安排一位市领导讲话,各部门承办的全市性工作会议只安排分管市领导"
                    + "讲话:年内本单位承办的会议中违反上述规定的次数,每次扣0.5分,扣完为止。",
                "At a meeting that is not city-wide only one city leader speaks; at a city-wide meeting run by a "
                    + "department only the city leader in charge speaks: meetings the unit ran in the year that "
                    + "broke this rule cost 0.5 points each, down to 0.")
            .evidence("安排多位市领导讲话的会议次数", "meetings with more city leaders speaking than allowed", "次",
                "meetings", Supplier.RECORDS)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("E7")
            .build(),
        indicator("E7.reforwarded-documents")
            .name("精减“红头”文件", "No re-forwarded documents")
            .description("上级印发和公开见报的文件不再转发;会议上已印发的领导讲话不再另行发文;照抄照转的文件不予转发;"
                    + "表彰奖励事项原则上不发文件:统一检查抽查发文登记中违反上述规定的文件件数,每件扣0.5分,扣完为止。",
                "Documents already issued above or published are not forwarded again; speeches handed out at a "
                    + "meeting are not issued again; copy-and-forward documents are not issued; commendations are "
                    + "not issued as documents: documents in the unit's register found at the inspection to break "
                    + "these rules cost 0.5 points each, down to 0.")
            .evidence("违规转发或另行发文的文件件数", "documents re-forwarded or issued against the rules", "件",
                "documents", Supplier.INSPECTION)
            .rule(new Deduction(0.5, 0))
            .points(1)
            .measures("E7")
            .build(),
        indicator("E8.appraisal-satisfaction")
            .name("万人评议满意率", "Satisfaction in the ten-thousand-person appraisal")
            .description("深入开展“人民群众满意不满意”万人评议活动,自觉接受广大市民的监督:本单位在万人评议中“满意”"
                    + "评价所占比例。60%及以下不得分,95%及以上得满分,其间线性。",
                "The citizens' \"satisfied or not\" ten-thousand-person appraisal: the share of answers rating "
                    + "the unit \"satisfied\". 60% or less earns nothing, 95% or more earns full points, linear in "
                    + "between.")
            .evidence("万人评议中“满意”评价所占比例", "share of \"satisfied\" answers in the appraisal", "比率",
                "ratio", Supplier.SURVEY)
            .rule(new Rate(0.6, 0.95, HIGHER_IS_BETTER))
            .points(4)
            .measures("E8")
            .build());
  }
}
