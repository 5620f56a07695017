package org.gridgov.examples.district;

import java.util.List;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.post.MenuItem;

/**
 * The words a population is made of: department names of a district government, matters, menu items
 * and name banks. Nothing here belongs to one district; the names are those any district government
 * in China uses.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Departments and bodies of a district, in the order they are taken. */
  static final List<String> DEPARTMENTS =
      List.of(
          "区民政局",
          "区城市管理局",
          "区住房和建设局",
          "区委组织部",
          "区委宣传部",
          "区委统战部",
          "区委政法委",
          "区委社会工作部",
          "区纪委监委",
          "区委办公室",
          "区政府办公室",
          "区人大常委会办公室",
          "区政协办公室",
          "区委编办",
          "区委网信办",
          "区直机关工委",
          "区委党校",
          "区发展和改革局",
          "区教育局",
          "区科技局",
          "区工业和信息化局",
          "区公安分局",
          "区司法局",
          "区财政局",
          "区人力资源和社会保障局",
          "区自然资源和规划分局",
          "区生态环境分局",
          "区交通运输局",
          "区农业农村局",
          "区水利局",
          "区商务局",
          "区文化体育和旅游局",
          "区卫生健康局",
          "区退役军人事务局",
          "区应急管理局",
          "区审计局",
          "区市场监督管理局",
          "区统计局",
          "区医疗保障局",
          "区信访局",
          "区数据管理局",
          "区林业局",
          "区国有资产服务中心",
          "区行政服务中心",
          "区机关事务服务中心",
          "区融媒体中心",
          "区档案馆",
          "区总工会",
          "团区委",
          "区妇联",
          "区科协",
          "区残联",
          "区工商联",
          "区红十字会",
          "区人民法院",
          "区人民检察院",
          "区税务局",
          "区消防救援大队",
          "区城市建设投资集团",
          "区园林中心",
          "区环境卫生服务中心",
          "区疾病预防控制中心",
          "区医院",
          "区中医院",
          "区妇幼保健院",
          "区不动产登记中心",
          "区住房保障服务中心",
          "区房屋征收中心",
          "区城市更新服务中心",
          "区供销合作社",
          "区老干部局",
          "区侨联",
          "区文联");

  /** A matter and the department that is competent for it, if any. */
  record MatterName(String name, MatterKind kind, String department) {}

  private static MatterName power(String department, String name) {
    return new MatterName(name, MatterKind.POWER, department);
  }

  private static MatterName assistance(String department, String name) {
    return new MatterName(name, MatterKind.ASSISTANCE, department);
  }

  private static MatterName autonomy(String name) {
    return new MatterName(name, MatterKind.AUTONOMY, "");
  }

  /** Matters delegated to communities: power, assistance and autonomy matters. */
  static final List<MatterName> MATTERS =
      List.of(
          power("区民政局", "最低生活保障申请受理"),
          power("区民政局", "特困人员救助供养申请受理"),
          power("区民政局", "临时救助申请受理"),
          power("区民政局", "高龄老人津贴申领"),
          power("区民政局", "困难残疾人生活补贴申请受理"),
          power("区民政局", "经济困难老年人养老服务补贴申请"),
          power("区民政局", "居家养老服务对象评估"),
          power("区民政局", "殡葬惠民补助申领"),
          power("区民政局", "孤儿基本生活费申请受理"),
          power("区残联", "重度残疾人护理补贴申请受理"),
          power("区残联", "残疾人证办理初审"),
          power("区残联", "残疾人辅助器具适配申请"),
          power("区卫生健康局", "计划生育家庭特别扶助申请"),
          power("区卫生健康局", "生育登记服务"),
          power("区卫生健康局", "农村部分计划生育家庭奖励扶助初审"),
          power("区人力资源和社会保障局", "城乡居民基本养老保险参保登记"),
          power("区人力资源和社会保障局", "就业失业登记"),
          power("区人力资源和社会保障局", "就业困难人员认定申请"),
          power("区人力资源和社会保障局", "灵活就业人员社会保险补贴申请"),
          power("区医疗保障局", "城乡居民基本医疗保险参保登记"),
          power("区医疗保障局", "医疗救助申请受理"),
          power("区退役军人事务局", "退役军人优待证申领"),
          power("区退役军人事务局", "优抚对象抚恤补助申请受理"),
          power("区住房和建设局", "公共租赁住房申请受理"),
          power("区住房和建设局", "住房困难家庭租赁补贴申请"),
          power("区住房和建设局", "老旧小区加装电梯意见征集备案"),
          power("区住房和建设局", "业主大会成立筹备指导"),
          power("区城市管理局", "占道临时设摊备案"),
          power("区城市管理局", "户外广告设置初审"),
          power("区城市管理局", "城市道路临时占用初审"),
          power("区城市管理局", "违法建设巡查报告"),
          power("区城市管理局", "生活垃圾分类督导"),
          power("区市场监督管理局", "食品摊贩登记"),
          power("区市场监督管理局", "小作坊登记初审"),
          power("区应急管理局", "自然灾害生活救助申请"),
          power("区应急管理局", "防汛防台人员转移登记"),
          power("区公安分局", "居住证申领受理"),
          power("区公安分局", "出租房屋登记"),
          power("区司法局", "人民调解协议书出具"),
          power("区司法局", "法律援助申请转交"),
          power("区教育局", "义务教育入学居住证明出具"),
          power("区农业农村局", "农村宅基地建房申请初审"),
          power("区农业农村局", "耕地地力保护补贴核实"),
          power("区自然资源和规划分局", "不动产登记信息核实"),
          power("区生态环境分局", "环境污染投诉受理"),
          power("区水利局", "河道巡查报告"),
          power("区林业局", "林木采伐申请初审"),
          power("区税务局", "城乡居民社会保险费缴纳"),
          power("区总工会", "困难职工帮扶申请受理"),
          power("区妇联", "困难妇女儿童救助申请"),
          power("区红十字会", "人体器官捐献登记"),
          power("区不动产登记中心", "房屋查封信息查询代办"),
          power("区行政服务中心", "政务服务事项帮办代办"),
          power("区数据管理局", "电子证照申领指导"),
          power("区商务局", "家电以旧换新补贴申请指导"),
          assistance("区民政局", "协助开展社会救助对象家庭经济状况核查"),
          assistance("区民政局", "协助开展留守老人关爱巡访"),
          assistance("区民政局", "协助开展困境儿童排查"),
          assistance("区民政局", "协助开展地名标志维护"),
          assistance("区公安分局", "协助开展流动人口信息采集"),
          assistance("区公安分局", "协助开展反电信诈骗宣传"),
          assistance("区公安分局", "协助开展社区矫正人员帮教"),
          assistance("区委政法委", "协助开展矛盾纠纷排查化解"),
          assistance("区委政法委", "协助开展平安建设宣传"),
          assistance("区信访局", "协助开展信访事项调处"),
          assistance("区卫生健康局", "协助开展疫苗接种通知"),
          assistance("区卫生健康局", "协助开展爱国卫生运动"),
          assistance("区卫生健康局", "协助开展家庭医生签约宣传"),
          assistance("区疾病预防控制中心", "协助开展传染病防控排查"),
          assistance("区人力资源和社会保障局", "协助开展就业岗位推介"),
          assistance("区人力资源和社会保障局", "协助开展退休人员社会化管理"),
          assistance("区人力资源和社会保障局", "协助开展养老金领取资格认证"),
          assistance("区医疗保障局", "协助开展医保政策宣传"),
          assistance("区统计局", "协助开展人口普查及抽样调查"),
          assistance("区统计局", "协助开展经济普查"),
          assistance("区应急管理局", "协助开展安全生产隐患排查"),
          assistance("区应急管理局", "协助开展应急避难场所管理"),
          assistance("区消防救援大队", "协助开展消防安全检查"),
          assistance("区消防救援大队", "协助开展电动自行车充电安全排查"),
          assistance("区城市管理局", "协助开展市容环境整治"),
          assistance("区城市管理局", "协助开展共享单车停放整治"),
          assistance("区住房和建设局", "协助开展老旧小区改造意见征集"),
          assistance("区住房和建设局", "协助开展房屋安全隐患排查"),
          assistance("区住房和建设局", "协助开展物业服务质量评价"),
          assistance("区城市更新服务中心", "协助开展城市更新项目入户宣传"),
          assistance("区房屋征收中心", "协助开展房屋征收政策宣传"),
          assistance("区市场监督管理局", "协助开展食品安全宣传"),
          assistance("区市场监督管理局", "协助开展特种设备安全检查"),
          assistance("区生态环境分局", "协助开展噪声扰民巡查"),
          assistance("区水利局", "协助开展防汛物资管理"),
          assistance("区农业农村局", "协助开展人居环境整治"),
          assistance("区农业农村局", "协助开展农村集体资产清查"),
          assistance("区林业局", "协助开展森林防火巡查"),
          assistance("区退役军人事务局", "协助开展退役军人信息采集"),
          assistance("区退役军人事务局", "协助开展光荣牌悬挂"),
          assistance("区残联", "协助开展残疾人基本状况调查"),
          assistance("区教育局", "协助开展控辍保学"),
          assistance("区教育局", "协助开展校园周边环境治理"),
          assistance("区委宣传部", "协助开展新时代文明实践活动"),
          assistance("区委宣传部", "协助开展文明城市创建"),
          assistance("区委统战部", "协助开展民族宗教工作"),
          assistance("区委组织部", "协助开展流动党员管理"),
          assistance("区委组织部", "协助开展在职党员报到管理"),
          assistance("区委社会工作部", "协助开展志愿服务组织培育"),
          assistance("区委社会工作部", "协助开展新就业群体服务"),
          assistance("区直机关工委", "协助开展机关党员下沉服务"),
          assistance("区文化体育和旅游局", "协助开展全民健身活动"),
          assistance("区文化体育和旅游局", "协助开展文化惠民活动"),
          assistance("区司法局", "协助开展普法宣传"),
          assistance("区司法局", "协助开展安置帮教"),
          assistance("区税务局", "协助开展税收政策宣传"),
          assistance("区总工会", "协助开展户外劳动者服务"),
          assistance("团区委", "协助开展青少年关爱服务"),
          assistance("区妇联", "协助开展家庭教育指导"),
          assistance("区妇联", "协助开展妇女儿童权益维护"),
          assistance("区科协", "协助开展科普宣传"),
          assistance("区工商联", "协助开展商户诉求收集"),
          assistance("区商务局", "协助开展商贸网点服务"),
          assistance("区数据管理局", "协助开展网格信息数据核对"),
          assistance("区自然资源和规划分局", "协助开展违法用地巡查"),
          assistance("区交通运输局", "协助开展公交站点意见征集"),
          assistance("区国有资产服务中心", "协助开展公房租户管理"),
          assistance("区老干部局", "协助开展离退休干部走访慰问"),
          assistance("区园林中心", "协助开展绿地养护监督"),
          assistance("区环境卫生服务中心", "协助开展公厕管理监督"),
          assistance("区供销合作社", "协助开展再生资源回收"),
          assistance("区侨联", "协助开展归侨侨眷服务"),
          autonomy("居民公约制定和修订"),
          autonomy("楼道公约制定和修订"),
          autonomy("村规民约制定和修订"),
          autonomy("居民会议召集"),
          autonomy("居民代表会议召集"),
          autonomy("居务公开"),
          autonomy("社区协商议事"),
          autonomy("居民恳谈会组织"),
          autonomy("业主委员会换届指导"),
          autonomy("小区公共收益公示"),
          autonomy("小区停车秩序协商"),
          autonomy("楼道杂物清理自治"),
          autonomy("小区环境卫生自治管理"),
          autonomy("邻里纠纷调解"),
          autonomy("家庭矛盾调解"),
          autonomy("红白理事会事务"),
          autonomy("移风易俗倡议"),
          autonomy("志愿服务活动组织"),
          autonomy("邻里互助活动组织"),
          autonomy("社区文体活动组织"),
          autonomy("社区老年人活动组织"),
          autonomy("社区儿童之家管理"),
          autonomy("社区书屋管理"),
          autonomy("社区公益基金使用"),
          autonomy("微心愿认领"),
          autonomy("居民自管小组组建"),
          autonomy("楼栋长推选"),
          autonomy("街巷长推选"),
          autonomy("小区能人登记"),
          autonomy("党员责任区划分"),
          autonomy("网格联系户走访"),
          autonomy("小区公共空间改造议事"),
          autonomy("加装电梯邻里协商"),
          autonomy("小区充电设施建设协商"),
          autonomy("小区围墙拆除协商"),
          autonomy("物业服务满意度测评"),
          autonomy("业主议事规则制定"),
          autonomy("村民小组事务议事"),
          autonomy("村集体经济收益分配议事"),
          autonomy("文明家庭评选"),
          autonomy("好人好事推荐"),
          autonomy("社区服务之星评选"),
          autonomy("社区议事厅运行"));

  /** The ten standard items of the "10+X" service menu. */
  static final List<MenuItem> STANDARD_MENU =
      List.of(
          new MenuItem("POLICY_ADVICE", "政策咨询"),
          new MenuItem("PROXY_ERRANDS", "代办帮办"),
          new MenuItem("ELDERLY_AND_DISABLED_HELP", "助老助残"),
          new MenuItem("LEGAL_AID", "法律援助"),
          new MenuItem("DISPUTE_MEDIATION", "矛盾调解"),
          new MenuItem("EMPLOYMENT_HELP", "就业帮扶"),
          new MenuItem("HEALTH_CHECKS", "健康义诊"),
          new MenuItem("HOUSEHOLD_REPAIRS", "家电维修"),
          new MenuItem("ENVIRONMENT_CLEANUP", "环境整治"),
          new MenuItem("COUNSELLING", "心理疏导"));

  /** Local items a district may add to its menu, the X. */
  static final List<MenuItem> LOCAL_MENU =
      List.of(
          new MenuItem("AFTER_SCHOOL_CARE", "四点半课堂"),
          new MenuItem("RIDER_CARE", "新就业群体关爱"),
          new MenuItem("FREE_HAIRCUTS", "爱心义剪"),
          new MenuItem("KNIFE_SHARPENING", "磨刀补鞋"),
          new MenuItem("ANTI_FRAUD", "反诈宣传"),
          new MenuItem("WASTE_SORTING_GUIDANCE", "垃圾分类指导"),
          new MenuItem("ELDERLY_CANTEEN", "长者食堂"),
          new MenuItem("EBIKE_CHARGING_CHECKS", "电动车充电检查"),
          new MenuItem("SMART_PHONE_CLASSES", "老年智能手机课堂"),
          new MenuItem("TEA_CULTURE", "茶文化讲堂"));

  static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
          "袁", "蔡", "蒋", "余", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭",
          "陆", "范", "汪", "廖", "石", "金", "欧阳", "司马", "上官");

  static final String GIVEN_NAME_CHARACTERS =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国文斌志红梅辉鹏飞晓东宇浩然子涵欣怡思远嘉诚俊峰雪婷丹丹佳琪" + "云龙海燕春生德福永清少华国庆淑珍家豪一鸣天佑若曦晨阳铭";

  static final List<String> PLACE_WORDS =
      List.of(
          "福兴", "鹤林", "康城", "岳峰", "福新", "长乐", "永安", "东泰", "金山", "银湖", "翠竹", "桂园", "兰亭", "秀峰", "凤凰",
          "龙湖", "华林", "新华", "紫阳", "锦绣", "和平", "光明", "晨曦", "阳光", "丽景", "榕城", "碧水", "青山", "松涛", "梅苑",
          "东方", "盛世", "嘉和", "万科", "融信", "世茂", "象山", "茶园", "琴亭", "鼓岭", "南湖", "北峰", "西园", "樟林", "湖塘");

  static final List<String> COMPOUND_SUFFIXES = List.of("小区", "花园", "苑", "新村", "家园", "公寓");

  static final List<String> OLD_COMPOUND_SUFFIXES = List.of("新村", "宿舍", "小区", "公房", "楼");

  static final List<String> LANE_SUFFIXES = List.of("路", "街", "巷", "里", "弄");

  static final List<String> PROPERTY_COMPANIES =
      List.of(
          "万家物业服务有限公司",
          "安居物业管理有限公司",
          "嘉和物业服务有限公司",
          "城建物业管理有限公司",
          "融侨物业服务有限公司",
          "世纪物业服务有限公司",
          "绿城物业服务集团有限公司",
          "永安物业管理有限公司",
          "恒信物业服务有限公司",
          "国资物业管理有限公司",
          "碧桂园物业服务有限公司",
          "保利物业服务股份有限公司");

  static final List<String> VOLUNTEER_THEMES =
      List.of(
          "红色物业", "银发先锋", "巾帼", "青年突击", "邻里守望", "文明劝导", "平安巡逻", "助老服务", "法律服务", "医疗义诊", "环保", "红领巾",
          "退役军人", "关爱骑手");
}
