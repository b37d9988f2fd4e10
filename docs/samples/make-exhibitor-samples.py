"""Writes the fictional exhibitor samples beside this script (fixed seed): python3 make-exhibitor-samples.py

wimc-2020-booths.csv: hall 5 (5号馆, 60 m x 36 m) and hall 6 (6号馆, 48 m x 30 m), standard 3 m x 3 m booths
in rows, a few raw spaces, placed on the plan (metres from the hall's top-left corner).
wimc-2020-exhibitors.csv: 60 exhibitors (on site, cloud, both) with their booths (several in one cell),
sector, contact, payment status. The companies are fictional."""
import csv, random, os
random.seed(2020)
here = os.path.dirname(os.path.abspath(__file__))

booths = []  # (hall, hallname, w, d, code, kind, area, x, y, bw, bd, corner)
def row(hall, name, hw, hd, prefix, n, x0, y, w=3):
    for i in range(n):
        booths.append((hall, name, hw, hd, "%s%02d" % (prefix, i + 1), "标摊", w * 3, x0 + i * w, y, w, 3,
                       "是" if i in (0, n - 1) else "否"))
for prefix, y in (("5A", 2), ("5B", 9), ("5C", 12), ("5D", 19), ("5E", 22)):
    row("5", "5号馆", 60, 36, prefix, 12, 3, y)
booths.append(("5", "5号馆", 60, 36, "5R01", "光地", 108, 42, 2, 12, 9, "否"))
booths.append(("5", "5号馆", 60, 36, "5R02", "特装", 96, 42, 13, 12, 8, "否"))
booths.append(("5", "5号馆", 60, 36, "5R03", "光地", 72, 3, 28, 12, 6, "否"))
for prefix, y in (("6A", 3), ("6B", 10), ("6C", 13)):
    row("6", "6号馆", 48, 30, prefix, 10, 4, y)
booths.append(("6", "6号馆", 48, 30, "6R01", "光地", 144, 6, 20, 16, 9, "否"))

with open(os.path.join(here, "wimc-2020-booths.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["展馆", "展馆名称", "展馆宽度", "展馆进深", "展位号", "类型", "面积", "X", "Y", "宽", "深", "角位"])
    for b in booths:
        w.writerow(b)

cities = ["南京", "苏州", "无锡", "常州", "杭州", "合肥", "深圳", "上海"]
words = ["恒锐", "芯泽", "宁驰", "储能时代", "云帆", "精航", "博远", "金陵视觉", "天工", "中科微联", "德瑞", "江北",
         "秦淮", "紫金山", "玄武", "栖霞", "钟山", "雨花", "长江", "鼓楼", "仙林", "麒麟", "汤山", "浦口", "六合",
         "溧水", "高淳", "江宁", "建邺", "白下", "明城", "燕子矶", "莫愁", "玄湖", "青龙", "方山", "牛首", "将军",
         "梅花", "聚宝"]
sectors = [("智能装备", "Intelligent Equipment"), ("工业机器人", "Robotics"), ("工业软件", "Industrial Software"),
           ("集成电路", "Integrated Circuits"), ("新能源汽车", "New Energy Vehicles"), ("工业互联网", "Industrial Internet"),
           ("传感器", "Sensors"), ("数控机床", "CNC Machine Tools")]
pinyin = {"恒锐": "Hengrui", "芯泽": "Xinze", "宁驰": "Ningchi", "储能时代": "Energy Era", "云帆": "Yunfan",
          "精航": "Jinghang", "博远": "Boyuan", "金陵视觉": "Jinling Vision", "天工": "Tiangong", "中科微联": "Zhongke Weilian"}
surn = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
foreign = [("Nordwerk Automation GmbH", "北沃自动化", "德国", "Jonas Weber"),
           ("Alpine Motion AG", "阿尔派运动控制", "瑞士", "Lea Keller"),
           ("Lumen Robotics Inc.", "流明机器人", "美国", "Ethan Clark"),
           ("Yoshino Seiko Co., Ltd.", "吉野精工", "日本", "Sato Ken"),
           ("Baltic Sensors OÜ", "波罗的海传感", "爱沙尼亚", "Kadri Tamm")]

standard = [b for b in booths if b[5] == "标摊"]
raw = [b for b in booths if b[5] != "标摊"]
random.shuffle(standard)
rows = []
for i, word in enumerate(words[:40]):
    sector, sector_en = sectors[i % len(sectors)]
    name = "%s%s%s有限公司" % (word, sector if i % 3 else "科技", "" if i % 4 else "股份")
    other = "%s %s Co., Ltd." % (pinyin[word], sector_en if i % 3 else "Technology") if word in pinyin else ""
    mode = "云展" if i % 5 == 4 else ("线上线下" if i % 7 == 0 else "现场")
    held = []
    if mode != "云展":
        n = 1 if i % 6 else 2
        held = [standard.pop()[4] for _ in range(n)]
        if i in (3, 11):
            held = [raw.pop()[4]]
    pay = ["已付款", "已开票", "未付款"][i % 3]
    contact = random.choice(surn) + random.choice(given) + (random.choice(given) if i % 2 else "")
    rows.append([name, other, "中国", sector, mode, "/".join(held) if i % 4 else "、".join(held), contact,
                 "expo%02d@example.com" % i, "1385100%04d" % (i * 37), pay])
for j, (name, other, country, contact) in enumerate(foreign):
    held = [standard.pop()[4]]
    rows.append([name, other, country, sectors[(j * 3) % len(sectors)][0], "现场", held[0], contact,
                 "contact%02d@example.com" % j, "+49 30 1234 %04d" % j, ["已付款", "已开票"][j % 2]])
for k in range(15):
    word = random.choice(words) + random.choice(["智造", "数科", "云联", "精工", "视界"])
    rows.append(["%s%s科技有限公司" % (random.choice(cities), word), "", "中国", sectors[k % len(sectors)][0], "云展", "",
                 random.choice(surn) + random.choice(given), "cloud%02d@example.com" % k, "", "未付款"])

with open(os.path.join(here, "wimc-2020-exhibitors.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["企业名称", "英文名称", "国家/地区", "行业", "参展方式", "展位号", "联系人", "邮箱", "电话", "付款状态"])
    for r in rows:
        w.writerow(r)
print(len(booths), "booths,", len(rows), "exhibitors")
