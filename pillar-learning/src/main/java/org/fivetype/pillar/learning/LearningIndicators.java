package org.fivetype.pillar.learning;

import static org.fivetype.api.Direction.HIGHER_IS_BETTER;

import java.util.List;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Rate;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;

/**
 * The indicators of the learning pillar, from part one (一、建设学习型政府) of the source document.
 * Points add up to 15 (see {@code docs/coverage.md} for the rationale).
 */
final class LearningIndicators {

  private LearningIndicators() {}

  private static IndicatorSpec.Builder indicator(String id) {
    return IndicatorSpec.builder(id).pillar(Pillar.LEARNING);
  }

  static List<Indicator> catalogue() {
    return List.of(
        indicator("L1.study-hours")
            .name("公务员学习学时达标率", "Civil servants meeting the study-hour requirement")
            .description("树立终身学习理念,注重改善公务员自身知识结构:年内在岗学习、脱产学习、业余学习累计学时"
                    + "达到本单位年度要求的公务员占公务员总数的比例,以学习档案为准。60%及以下不得分,100%得满分。",
                "Lifelong learning: the share of the unit's civil servants whose study hours in the year (on the "
                    + "job, off the job and in their own time) reached the unit's annual requirement, as recorded "
                    + "in the learning archive. 60% or less earns nothing, 100% earns full points.")
            .evidence("学时达标的公务员人数占公务员总数的比例", "civil servants who met the study-hour requirement, "
                + "as a share of all civil servants", "比率", "ratio", Supplier.UNIT)
            .rule(new Rate(0.6, 1.0, HIGHER_IS_BETTER))
            .points(1)
            .measures("L1")
            .build(),
        indicator("L2.annual-plan")
            .name("学习制度和年度学习计划", "Study rules and the annual study plan")
            .description("制定详细的学习制度和学习计划,年有计划,保证学习时间、人员、内容三落实,领导班子带头学习。"
                    + "检查四项:书面学习制度;年度学习计划;时间、人员、内容三落实;领导班子(中心组)按计划带头学习。",
                "A written study system and plan: a plan for the year, with time, people and content all fixed, "
                    + "and the leadership team studying first. Four items are checked: written study rules; the "
                    + "annual study plan; time, people and content fixed; the leadership team's own study sessions "
                    + "held as planned.")
            .evidence("四项中已落实的项数", "how many of the four items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(4))
            .points(1)
            .measures("L2")
            .build(),
        indicator("L2.monthly-arrangements")
            .name("月有安排", "A study arrangement every month")
            .description("月有安排:全年12个月中有书面学习安排的月数。",
                "Arrangements every month: how many of the year's 12 months had a written study arrangement.")
            .evidence("有书面学习安排的月数", "months with a written study arrangement", "月", "months",
                Supplier.INSPECTION)
            .rule(new Checklist(12))
            .points(1)
            .measures("L2")
            .build(),
        indicator("L2.weekly-activities")
            .name("周有活动", "A study activity every week")
            .description("周有活动:全年工作周中至少有一次有记录的学习活动的周数所占比例。50%及以下不得分,100%得满分。",
                "Activities every week: the share of the year's working weeks with at least one recorded study "
                    + "activity. Half of the weeks or fewer earns nothing, every week earns full points.")
            .evidence("有学习活动记录的工作周占全年工作周的比例", "working weeks with a recorded study activity, as a "
                + "share of the year's working weeks", "比率", "ratio", Supplier.INSPECTION)
            .rule(new Rate(0.5, 1.0, HIGHER_IS_BETTER))
            .points(1)
            .measures("L2")
            .build(),
        indicator("L3.study-content")
            .name("学习内容全面", "Breadth of study content")
            .description("不仅要加强政治理论的学习,还要加强业务知识以及科技、历史、文化、法律等各方面的学习:"
                    + "政治理论、业务知识、科技、历史、文化、法律六个方面中,年内至少组织过一次学习的方面数。",
                "Not only political theory but also business knowledge, science and technology, history, culture "
                    + "and law: how many of these six areas at least one study activity of the year covered.")
            .evidence("年内组织过学习的内容方面数(共六方面)", "study areas covered in the year (of six)", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(6))
            .points(1)
            .measures("L3")
            .build(),
        indicator("L4.business-training")
            .name("公务员业务培训参训率", "Business training attendance")
            .description("定期组织公务员参加业务培训:年内至少参加一次业务培训或继续教育的公务员占公务员总数的比例。"
                    + "50%及以下不得分,100%得满分。",
                "Regular business training: the share of the unit's civil servants who attended at least one "
                    + "business training or continuing-education course in the year. Half or less earns nothing, "
                    + "everyone earns full points.")
            .evidence("参加业务培训的公务员人数占公务员总数的比例", "civil servants trained in the year, as a share "
                + "of all civil servants", "比率", "ratio", Supplier.UNIT)
            .rule(new Rate(0.5, 1.0, HIGHER_IS_BETTER))
            .points(1.5)
            .measures("L4")
            .build(),
        indicator("L4.cadre-exchanges")
            .name("岗位轮换、对口支援、挂职锻炼和外派培训", "Rotation, paired support, secondment and training away")
            .description("选拔优秀干部通过岗位轮换、对口支援、挂职锻炼等方式丰富知识、积累经验,选派干部到高等院校、"
                    + "经济发达地区、发达国家培训学习:年内参加上述任一方式的干部人数,每人得0.25分,最多1分。",
                "Cadres who in the year did a job rotation, paired support, a secondment, or training at a "
                    + "university, in a developed region or abroad: 0.25 points per cadre, at most 1 point.")
            .evidence("年内轮岗、对口支援、挂职锻炼或外派培训的干部人数", "cadres rotated, seconded, sent on paired "
                + "support or trained away in the year", "人", "persons", Supplier.UNIT)
            .rule(new Bonus(0.25, 1))
            .points(1)
            .measures("L4")
            .build(),
        indicator("L5.learning-events")
            .name("研讨会、工作交流和专题讲座", "Seminars, work exchanges and lectures")
            .description("建立学习创新长效机制,通过研讨会、工作交流、专题讲座等多种形式组织学习活动:"
                    + "年内举办的次数,每次得0.125分,12次(每月一次)得满分1.5分。",
                "A lasting learning-innovation mechanism: seminars, work exchanges and thematic lectures held in "
                    + "the year; 0.125 points each, full 1.5 points at 12 (one a month).")
            .evidence("年内举办研讨会、工作交流、专题讲座的次数", "seminars, work exchanges and lectures held in the "
                + "year", "次", "occurrences", Supplier.UNIT)
            .rule(new Bonus(0.125, 1.5))
            .points(1.5)
            .measures("L5")
            .build(),
        indicator("L6.suggestion-scheme")
            .name("献计献策", "Suggestions scheme")
            .description("建立激励机制,定期组织开展面对广大市民的献计献策活动,对产生重大效益的给予奖励。检查三项:"
                    + "鼓励公务员创新的激励制度;年内开展面向市民的献计献策活动;合理化建议登记及其处理、奖励记录。",
                "Incentives for innovation, regular suggestion campaigns open to citizens, and rewards for "
                    + "suggestions of major benefit. Three items are checked: a written incentive scheme; a "
                    + "citizens' suggestion campaign held in the year; a register of suggestions with how each was "
                    + "handled and rewarded.")
            .evidence("三项中已落实的项数", "how many of the three items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(3))
            .points(1.5)
            .measures("L6")
            .build(),
        indicator("L7.research-days")
            .name("领导班子调研时间", "Field research by the leadership team")
            .description("硬指标。领导班子的调研时间每年不得少于25天,并撰写调研报告或论文。取值为年内调研满25天且"
                    + "撰写了调研报告或论文的班子成员占班子成员总数的比例,按比例得分:如5人班子中有1人未达到,"
                    + "取值0.8,得满分的80%;因未得满分,作为硬指标,该单位等次受到硬约束(默认最高为合格)。",
                "Hard indicator. Each leadership-team member does at least 25 days of field research a year and "
                    + "writes a research report or paper. The value is the share of members who did both; points "
                    + "are in proportion. A team of five with one member short has the value 0.8 and earns 80% of "
                    + "the points; being short of full points on a hard indicator, the unit's tier is capped "
                    + "(by default at PASS).")
            .evidence("调研满25天且撰写调研报告或论文的班子成员占班子成员总数的比例", "leadership-team members with "
                + "at least 25 research days and a report, as a share of all members", "比率", "ratio",
                Supplier.UNIT)
            .rule(new Rate(0, 1.0, HIGHER_IS_BETTER))
            .points(3)
            .hard(true)
            .measures("L7")
            .build(),
        indicator("L7.paper-contest")
            .name("优秀调研论文评比", "Contest of the best research papers")
            .description("每年开展一次优秀调研论文评比活动:年内是否开展(或组织参加全市评比)。",
                "A contest of the best research papers once a year: whether the unit held one (or entered the "
                    + "city's) in the year.")
            .evidence("年内是否开展优秀调研论文评比", "whether a research-paper contest was held", "是否(1/0)",
                "yes or no (1/0)", Supplier.UNIT)
            .rule(new YesNo(HIGHER_IS_BETTER))
            .points(0.5)
            .measures("L7")
            .build(),
        indicator("L8.learning-archive")
            .name("学习档案", "Learning archive")
            .description("把部门和个人组织学习的情况记录在册,作为年终考核、干部奖罚和使用的重要依据。检查三项:"
                    + "部门学习记录在册;每名公务员有个人学习档案;学习档案用于年终考核、奖惩和干部使用。",
                "The unit's and each person's learning is recorded and used in the year-end appraisal, rewards, "
                    + "penalties and promotion. Three items are checked: the unit's learning register; a personal "
                    + "learning record for every civil servant; the records used in the year-end appraisal, "
                    + "rewards and appointments.")
            .evidence("三项中已落实的项数", "how many of the three items are in place", "项", "items",
                Supplier.INSPECTION)
            .rule(new Checklist(3))
            .points(1)
            .measures("L8")
            .build());
  }
}
