package org.refunddesk.exchange.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Bills made by the tests in each layout the apps export (the layouts as published: Alipay's app CSV in
 * GBK with its ~24-line preamble, its older web CSV, WeChat's CSV with 16 preamble lines and its XLSX with
 * the header on row 17 or 18), and as a spreadsheet program re-saves them (every field quoted, padding
 * gone, times without seconds as 2023/2/12 21:32). All carry the same purchases: see {@link #PAYMENTS}.
 */
public final class StatementFixtures {
    public static final Charset GBK = Charset.forName("GBK");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter RESAVED = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");
    public static final String EXPORTED = "2023-03-01 10:00:00";

    /** A refund of a payment: when and how much. */
    public record Refund(String time, String amount) {
    }

    /** A payment of the bill. */
    public record Payment(String time, String counterparty, String description, String amount, String tradeNo,
                          String merchantNo, List<Refund> refunds) {
        public BigDecimal refunded() {
            return refunds.stream().map(r -> new BigDecimal(r.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public boolean full() {
            return !refunds.isEmpty() && refunded().compareTo(new BigDecimal(amount)) == 0;
        }
    }

    /**
     * Four virtual-goods purchases (a partial refund, a full refund, none, two partial refunds) and one
     * ordinary meal; the bills add an income row, which is no payment.
     */
    public static final List<Payment> PAYMENTS = List.of(
            new Payment("2023-02-10 09:15:42", "星辰卡盟", "话费充值100元", "100.00", "2023021022001111110001",
                    "XC202302100001", List.of(new Refund("2023-02-11 10:00:05", "30.00"))),
            new Payment("2023-02-11 20:01:09", "优充卡盟", "移动流量包 10G", "50.00", "2023021122001111110002",
                    "YC88990002", List.of(new Refund("2023-02-12 08:30:00", "50.00"))),
            new Payment("2023-02-12 13:45:10", "杭州某某网络科技有限公司", "游戏点卡 30 元", "30.00",
                    "2023021222001111110003", "DK0003", List.of()),
            new Payment("2023-02-13 12:05:33", "云膳过桥米线", "午餐", "28.16", "2023021322001111110004", null, List.of()),
            new Payment("2023-02-14 22:10:00", "金盾卡盟", "卡密 200 元", "200.00", "2023021422001111110005",
                    "JD-5", List.of(new Refund("2023-02-15 09:00:00", "50.00"), new Refund("2023-02-16 09:00:00", "20.00"))));

    /** The payments importing without --rows creates cases for (the meal is not one). */
    public static final List<Payment> DISPUTES = List.of(PAYMENTS.get(0), PAYMENTS.get(1), PAYMENTS.get(2), PAYMENTS.get(4));

    private StatementFixtures() {
    }

    /** Each layout, and each re-saved by a spreadsheet program. */
    public enum Layout {
        ALIPAY_APP, ALIPAY_APP_RESAVED, ALIPAY_WEB, ALIPAY_WEB_RESAVED, WECHAT_CSV, WECHAT_CSV_RESAVED,
        WECHAT_CSV_BOM, WECHAT_CSV_BOM_RESAVED, WECHAT_XLSX_3_NOTES, WECHAT_XLSX_3_NOTES_RESAVED,
        WECHAT_XLSX_4_NOTES, WECHAT_XLSX_4_NOTES_RESAVED;

        public boolean resaved() {
            return name().endsWith("RESAVED");
        }

        public boolean alipay() {
            return name().startsWith("ALIPAY");
        }

        public boolean xlsx() {
            return name().contains("XLSX");
        }

        public String fileName() {
            return name().toLowerCase() + (xlsx() ? ".xlsx" : ".csv");
        }

        public byte[] bytes() {
            return switch (this) {
                case ALIPAY_APP, ALIPAY_APP_RESAVED -> alipayApp(PAYMENTS, resaved());
                case ALIPAY_WEB, ALIPAY_WEB_RESAVED -> alipayWeb(PAYMENTS, resaved());
                case WECHAT_CSV, WECHAT_CSV_RESAVED -> wechatCsv(PAYMENTS, false, resaved());
                case WECHAT_CSV_BOM, WECHAT_CSV_BOM_RESAVED -> wechatCsv(PAYMENTS, true, resaved());
                case WECHAT_XLSX_3_NOTES, WECHAT_XLSX_3_NOTES_RESAVED -> wechatXlsx(PAYMENTS, 3, resaved());
                case WECHAT_XLSX_4_NOTES, WECHAT_XLSX_4_NOTES_RESAVED -> wechatXlsx(PAYMENTS, 4, resaved());
            };
        }
    }

    /** A refund as the import should find it: amount, moment (China time), and whether the bill listed that time. */
    public record ExpectedRefund(BigDecimal amount, java.time.Instant at, boolean timeListed) {
    }

    /**
     * What each layout tells about a payment's refunds: Alipay's app bill lists every refund with its time;
     * the web export only the total at the last modification; WeChat lists the first payment's refund as a
     * row, the others only in the status (time: the export time, not listed).
     */
    public static List<ExpectedRefund> expectedRefunds(Layout layout, Payment p) {
        if (p.refunds().isEmpty()) {
            return List.of();
        }
        boolean resaved = layout.resaved();
        if (layout.name().startsWith("ALIPAY_APP")) {
            return p.refunds().stream().map(r -> new ExpectedRefund(new BigDecimal(r.amount()).setScale(2),
                    instant(r.time(), resaved), true)).toList();
        }
        if (layout.name().startsWith("ALIPAY_WEB")) {
            return List.of(new ExpectedRefund(p.refunded().setScale(2),
                    instant(p.refunds().get(p.refunds().size() - 1).time(), resaved), true));
        }
        if (p == PAYMENTS.get(0)) {
            Refund r = p.refunds().get(0);
            return List.of(new ExpectedRefund(new BigDecimal(r.amount()).setScale(2), instant(r.time(), resaved), true));
        }
        return List.of(new ExpectedRefund(p.refunded().setScale(2), instant(EXPORTED, false), false));
    }

    /** A bill time (China time) as the moment a re-saved or original file gives. */
    public static java.time.Instant instant(String full, boolean resaved) {
        LocalDateTime t = LocalDateTime.parse(full, FULL);
        return (resaved ? t.withSecond(0) : t).toInstant(java.time.ZoneOffset.ofHours(8));
    }

    /** The time as the layout writes it: re-saved files have lost the seconds. */
    public static String time(String full, boolean resaved) {
        return resaved ? LocalDateTime.parse(full, FULL).format(RESAVED) : full;
    }

    // ---- Alipay app: GBK, padded fields, a trailing comma, numbers followed by a tab ----

    public static byte[] alipayApp(List<Payment> payments, boolean resaved) {
        List<List<String>> rows = new ArrayList<>();
        for (Payment p : payments) {
            rows.add(List.of(time(p.time(), resaved), "充值缴费", p.counterparty(), "shop***@163.com", p.description(),
                    "支出", p.amount(), "余额宝", p.full() ? "交易关闭" : "交易成功", number(p.tradeNo(), resaved),
                    number(p.merchantNo() == null ? "" : p.merchantNo(), resaved), ""));
            int n = 1;
            for (Refund r : p.refunds()) {
                rows.add(List.of(time(r.time(), resaved), "退款", p.counterparty(), "shop***@163.com",
                        "退款-" + p.description(), "不计收支", r.amount(), "余额宝", "退款成功",
                        number(p.tradeNo() + "_" + (1000 + n++), resaved), number(p.merchantNo() == null ? "" : p.merchantNo(), resaved), ""));
            }
        }
        rows.add(List.of(time("2023-02-15 18:00:00", resaved), "转账红包", "张三", "zhang***@qq.com", "转账", "收入", "200.00",
                "余额", "交易成功", number("2023021520001111110009", resaved), number("", resaved), ""));
        List<String> lines = new ArrayList<>(List.of(
                "------------------------------------------------------------------------------------",
                "导出信息：", "姓名：测试", "支付宝账户：test@example.com",
                "起始时间：[2023-02-01 00:00:00]    终止时间：[2023-02-28 23:59:59]", "导出交易类型：[全部]",
                "导出时间：[" + EXPORTED + "]", "共" + rows.size() + "笔记录", "收入：1笔 200.00元",
                "支出：5笔 408.16元", "不计收支：4笔 150.00元", "", "特别提示：",
                "1.本回单内容可表明支付宝受理了相应支付交易申请；", "2.请勿将本回单作为收款方发货的凭据使用；",
                "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易；", "4.本回单如经任何涂改、编造，均立即失去效力；",
                "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
                "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致；", "7.禁止将本回单用于非法用途；",
                "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。", "",
                "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"));
        List<String> header = List.of("交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式",
                "交易状态", "交易订单号", "商家订单号", "备注");
        lines.add(csvLine(header, resaved, true));
        rows.forEach(r -> lines.add(csvLine(r, resaved, true)));
        return String.join(resaved ? "\r\n" : "\n", lines).concat("\n").getBytes(GBK);
    }

    // ---- Alipay web (older): GBK, refunds totalled in 成功退款 with 最近修改时间, a trailer below a dashed line ----

    public static byte[] alipayWeb(List<Payment> payments, boolean resaved) {
        List<String> lines = new ArrayList<>(List.of("支付宝交易记录明细查询", "账号:[20880000000000000156]",
                "起始日期:[2023-02-01 00:00:00]    终止日期:[2023-03-01 00:00:00]",
                "---------------------------------交易记录明细列表------------------------------------"));
        lines.add(csvLine(List.of("交易号", "商家订单号", "交易创建时间", "付款时间", "最近修改时间", "交易来源地", "类型", "交易对方",
                "商品名称", "金额（元）", "收/支", "交易状态", "服务费（元）", "成功退款（元）", "备注", "资金状态"), resaved, false));
        for (Payment p : payments) {
            String modified = p.refunds().isEmpty() ? p.time() : p.refunds().get(p.refunds().size() - 1).time();
            lines.add(csvLine(List.of(number(p.tradeNo(), resaved), number(p.merchantNo() == null ? "" : p.merchantNo(), resaved),
                    time(p.time(), resaved), time(p.time(), resaved), time(modified, resaved), "其他（包括阿里巴巴和外部商家）",
                    "即时到账交易", p.counterparty(), p.description(), p.amount(), "支出", p.full() ? "交易关闭" : "交易成功",
                    "0.00", p.refunded().signum() == 0 ? "0.00" : p.refunded().setScale(2).toPlainString(), "",
                    p.full() ? "资金转移" : "已支出"), resaved, false));
        }
        lines.add(csvLine(List.of(number("2023021520001111110009", resaved), "", time("2023-02-15 18:00:00", resaved),
                time("2023-02-15 18:00:00", resaved), time("2023-02-15 18:00:00", resaved), "支付宝网站", "转账", "张三",
                "转账", "200.00", "收入", "交易成功", "0.00", "0.00", "", "已收入"), resaved, false));
        lines.addAll(List.of("------------------------------------------------------------------------------------",
                "共" + (payments.size() + 1) + "笔记录", "已收入:1笔,200.00元", "待收入:0笔,0.00元", "已支出:5笔,408.16元",
                "待支出:0笔,0.00元", "导出时间:[" + EXPORTED + "]    用户:测试"));
        return String.join("\n", lines).concat("\n").getBytes(GBK);
    }

    // ---- WeChat CSV: UTF-8 (BOM or not), 16 preamble lines, ¥ amounts, the refund in the payment's status ----

    public static byte[] wechatCsv(List<Payment> payments, boolean bom, boolean resaved) {
        List<List<String>> rows = wechatRows(payments);
        List<String> lines = new ArrayList<>();
        for (String pre : wechatPreamble(rows.size(), 3)) {
            lines.add(resaved ? csvLine(List.of(pre, "", "", "", "", "", "", "", "", "", ""), true, false)
                    : pre + ",,,,,,,,,,");
        }
        lines.add(csvLine(List.of("交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号",
                "商户单号", "备注"), resaved, false));
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>(r);
            cells.set(0, time(r.get(0), resaved));
            cells.set(8, number(r.get(8), resaved));
            cells.set(9, number(r.get(9), resaved));
            lines.add(csvLine(cells, resaved, false));
        }
        byte[] text = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    /**
     * The WeChat rows: a payment's status carries its refund (已全额退款 / 已退款(￥x)); the first payment's
     * refund is also listed as an income row with the payment's trade number (and so has its own time).
     */
    static List<List<String>> wechatRows(List<Payment> payments) {
        List<List<String>> rows = new ArrayList<>();
        boolean first = true;
        for (Payment p : payments) {
            String status = p.refunds().isEmpty() ? "支付成功" : p.full() ? "已全额退款"
                    : "已退款(￥" + p.refunded().setScale(2).toPlainString() + ")";
            rows.add(List.of(p.time(), "商户消费", p.counterparty(), p.description(), "支出", "¥" + p.amount(), "零钱",
                    status, p.tradeNo(), p.merchantNo() == null ? "/" : p.merchantNo(), "/"));
            if (first && !p.refunds().isEmpty()) {
                Refund r = p.refunds().get(0);
                rows.add(List.of(r.time(), "商户消费-退款", p.counterparty(), p.description(), "收入", "¥" + r.amount(), "零钱",
                        "已退款", p.tradeNo(), "R" + p.tradeNo(), "/"));
                first = false;
            }
        }
        rows.add(List.of("2023-02-15 18:00:00", "转账", "张三", "/", "收入", "¥200.00", "/", "已存入零钱",
                "1000050001202302150000000009", "/", "/"));
        return rows;
    }

    /** WeChat's preamble: 16 lines with three notes, 17 with four (the header follows). */
    static List<String> wechatPreamble(int count, int notes) {
        List<String> pre = new ArrayList<>(List.of("微信支付账单明细", "微信昵称：[测试]",
                "起始时间：[2023-02-01 00:00:00] 终止时间：[2023-02-28 23:59:59]", "导出类型：[全部]",
                "导出时间：[" + EXPORTED + "]", "", "共" + count + "笔记录", "收入：2笔 230.00元", "支出：5笔 408.16元",
                "中性交易：0笔 0.00元", "注：", "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
                "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用"));
        if (notes == 4) {
            pre.add("4. 部分交易的对方信息可能不完整");
        }
        pre.add("");
        pre.add("----------------------微信支付账单明细列表--------------------");
        return pre;
    }

    // ---- WeChat XLSX: header on row 17 (three notes) or 18 (four); time a date cell, amount a number ----

    public static byte[] wechatXlsx(List<Payment> payments, int notes, boolean resaved) {
        List<List<String>> rows = wechatRows(payments);
        // streamed (SXSSF) so the benchmark's 50,000-row bill fits a small heap
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("微信支付账单明细");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            int r = 0;
            for (String pre : wechatPreamble(rows.size(), notes)) {
                sheet.createRow(r++).createCell(0).setCellValue(pre);
            }
            Row header = sheet.createRow(r++);
            List<String> names = List.of("交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态",
                    "交易单号", "商户单号", "备注");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (List<String> data : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < data.size(); c++) {
                    String v = data.get(c);
                    if (c == 0 && !resaved) {
                        row.createCell(c).setCellValue(LocalDateTime.parse(v, FULL));
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (c == 0) {
                        row.createCell(c).setCellValue(time(v, true));
                    } else if (c == 5 && !resaved) {
                        row.createCell(c).setCellValue(Double.parseDouble(v.substring(1)));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- CSV text ----

    /** Alipay appends a tab to numbers so spreadsheets keep them as text; a re-saved file has lost it. */
    private static String number(String n, boolean resaved) {
        return resaved || n.isEmpty() ? n : n + "\t";
    }

    /** A line as the app writes it (padded fields for Alipay's app export) or as a spreadsheet re-saves it (all quoted). */
    static String csvLine(List<String> cells, boolean quoted, boolean alipayPadding) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (quoted) {
                b.append('"').append(c.strip().replace("\"", "\"\"")).append('"');
            } else if (alipayPadding) {
                b.append(String.format("%-20s", c));
            } else {
                b.append(c);
            }
            if (i < cells.size() - 1 || alipayPadding && !quoted) {
                b.append(',');
            }
        }
        return b.toString();
    }
}
