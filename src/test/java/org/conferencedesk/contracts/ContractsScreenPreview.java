package org.conferencedesk.contracts;

import org.conferencedesk.shared.FxTestTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;

/**
 * Shows the contracts screen over an in-memory database holding 30 sample projects of the 2020
 * signing ceremony (536.3 亿元 in all, as in the press release), with the AtlantaFX theme, for
 * looking at it and taking screenshots under Xvfb. Not a test; run by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.conferencedesk.contracts.ContractsScreenPreview [zh|en] [seconds-before-exit] [typing]
 * </pre>
 */
public final class ContractsScreenPreview {

    private ContractsScreenPreview() {
    }

    /** Starts the preview window; a launcher class, since the main class must not extend Application. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The 30 projects: amounts in yuan that add up to 53,630,000,000.00. */
    static List<Contract> sampleContracts(long eventId) {
        String[][] rows = {
                {"南京智能制造产业园", "中国电子科技集团", "江宁经济技术开发区", "智能制造", "江宁区", "45"},
                {"工业机器人研发生产基地", "埃斯顿自动化", "江宁经济技术开发区", "智能制造", "江宁区", "30"},
                {"集成电路特色工艺生产线", "华虹半导体", "江北新区管委会", "集成电路", "江北新区", "38"},
                {"新能源汽车整车项目", "比亚迪股份", "溧水经济开发区", "新能源汽车", "溧水区", "32"},
                {"动力电池生产基地", "中创新航", "江宁经济技术开发区", "新能源汽车", "江宁区", "30"},
                {"工业互联网平台", "华为技术", "南京软件谷", "软件和信息服务", "雨花台区", "22.5"},
                {"智能装备产业基地", "徐工集团", "浦口经济开发区", "智能制造", "浦口区", "18"},
                {"生物医药创新中心", "药明康德", "江北新区管委会", "生物医药", "江北新区", "15.8"},
                {"5G 智能工厂示范项目", "中兴通讯", "南京软件谷", "软件和信息服务", "雨花台区", "12"},
                {"高端数控机床项目", "南京工艺装备", "栖霞高新区", "智能制造", "栖霞区", "9.6"},
                {"人工智能计算中心", "寒武纪科技", "麒麟科技创新园", "人工智能", "江宁区", "20"},
                {"智能传感器产业园", "歌尔股份", "浦口经济开发区", "集成电路", "浦口区", "16"},
                {"氢燃料电池项目", "上海重塑", "六合经济开发区", "新能源汽车", "六合区", "11.2"},
                {"航空发动机零部件", "中国航发", "江宁空港开发区", "智能制造", "江宁区", "25"},
                {"工业软件研发中心", "用友网络", "建邺高新区", "软件和信息服务", "建邺区", "6.5"},
                {"轨道交通装备基地", "中车南京浦镇", "浦口区人民政府", "智能制造", "浦口区", "19.4"},
                {"第三代半导体项目", "三安光电", "江北新区管委会", "集成电路", "江北新区", "30"},
                {"智慧物流装备项目", "苏宁易购", "栖霞高新区", "智能制造", "栖霞区", "8"},
                {"医疗器械产业园", "迈瑞医疗", "江北新区管委会", "生物医药", "江北新区", "10.3"},
                {"光伏组件智能工厂", "隆基绿能", "高淳经济开发区", "新能源", "高淳区", "21"},
                {"储能系统集成项目", "宁德时代", "溧水经济开发区", "新能源", "溧水区", "24"},
                {"工业视觉检测中心", "海康威视", "秦淮硅巷", "人工智能", "秦淮区", "3,500万"},
                {"智能网联汽车测试场", "上汽集团", "溧水经济开发区", "新能源汽车", "溧水区", "13"},
                {"数字孪生工厂平台", "西门子中国", "江宁经济技术开发区", "软件和信息服务", "江宁区", "7.2"},
                {"精密减速器项目", "绿的谐波", "高淳经济开发区", "智能制造", "高淳区", "4.8"},
                {"晶圆级封装项目", "长电科技", "浦口经济开发区", "集成电路", "浦口区", "26"},
                {"创新药物研发基地", "恒瑞医药", "江北新区管委会", "生物医药", "江北新区", "9"},
                {"工业机器人核心部件", "汇川技术", "江宁经济技术开发区", "智能制造", "江宁区", "8.6"},
                {"智能电网装备项目", "国电南瑞", "江宁经济技术开发区", "智能制造", "江宁区", "17.5"},
                {"绿色智能制造示范园", "中国建材", "六合经济开发区", "新材料", "六合区", "0"},
        };
        BigDecimal yi = new BigDecimal("100000000");
        BigDecimal total = new BigDecimal("53630000000.00");
        List<Contract> contracts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            BigDecimal amount;
            if (i == rows.length - 1) {
                amount = total.subtract(sum);
            } else if (r[5].endsWith("万")) {
                amount = org.conferencedesk.shared.money.AmountParser.parse(r[5]).value();
            } else {
                amount = new BigDecimal(r[5]).multiply(yi);
            }
            sum = sum.add(amount);
            contracts.add(new Contract(null, eventId, r[0], r[1], r[2], r[3], r[4], amount.setScale(2), "CNY", i + 1,
                    ContractStatus.SIGNED, LocalDate.of(2020, 11, 26), null));
        }
        return contracts;
    }

    /** The preview window. */
    public static final class Window extends Application {

        private Database database;
        private LiveContracts live;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Locale locale = !args.isEmpty() && args.get(0).equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            database = Database.openInMemory(UUID.randomUUID().toString());
            long eventId = new EventRepository(database.dsl()).insert(Event.named("2020 世界智能制造大会")).id();
            ContractService service = new ContractService(database, new ContractRepository(database.dsl()));
            service.addAll(eventId, sampleContracts(eventId));
            FxTestTaskExecutor executor = new FxTestTaskExecutor();
            live = new LiveContracts(service, executor);
            live.show(eventId);
            Messages messages = Messages.of("contracts", locale);
            RecordingDialogService dialogs = new RecordingDialogService();
            ContractsViewModel model = new ContractsViewModel(live, service, executor, dialogs, messages);
            ContractFormViewModel form = new ContractFormViewModel(service, executor, dialogs, messages);
            model.attach();
            stage.setScene(new Scene(ContractsView.load(model, form, messages), 1280, 800));
            stage.setTitle("ConferenceDesk");
            stage.show();
            model.selectedProperty().set(model.contracts().get(1));
            stage.getScene().lookup("#table").requestFocus();
            if (args.size() > 2 && args.get(2).equals("typing")) {
                form.amountProperty().set("5亿欧");
                form.signedOnProperty().set("2020年11月31日");
            }
            if (args.size() > 1) {
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(Long.parseLong(args.get(1)) * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                });
                exit.setDaemon(true);
                exit.start();
            }
        }

        @Override
        public void stop() {
            live.close();
            database.close();
        }
    }
}
