/// `report.xsl`: makes `report.xml` readable when it is opened in a browser (the XML names it
/// in an `xml-stylesheet` instruction). A summary, the years compared (when there are earlier
/// ones), the strategic indicators with their grade, how each value is made and the units' entries
/// it is made from, and one table per unit, in Thai.
public enum ReportXSL {
    public static let text = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:r="urn:planpress:report:1" exclude-result-prefixes="r">
          <xsl:output method="html" encoding="UTF-8" indent="yes"/>
          <xsl:template match="/r:report">
            <html lang="th">
              <head>
                <meta charset="utf-8"/>
                <title><xsl:value-of select="r:site/r:title"/> (XML)</title>
                <style>
                  body { font-family: "TH Sarabun New", Sarabun, "Noto Sans Thai", Tahoma, sans-serif; margin: 1.5rem; color: #1d2430; }
                  table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
                  th, td { border: 1px solid #ccd; padding: .2rem .5rem; text-align: left; }
                  td.num { text-align: right; font-variant-numeric: tabular-nums; }
                </style>
              </head>
              <body>
                <h1><xsl:value-of select="r:site/r:title"/></h1>
                <p><xsl:value-of select="r:site/r:office"/> · ปีงบประมาณ <xsl:value-of select="r:site/@fiscalYear"/></p>
                <p>ข้อมูลนี้เป็น XML ตาม report.xsd; ตารางด้านล่างแสดงเพื่อให้อ่านได้ในเบราว์เซอร์</p>
                <table>
                  <tr><th>โครงการ</th><th>หน่วยงาน</th><th>งบประมาณ (บาท)</th><th>ใช้จ่าย (บาท)</th><th>ตัวชี้วัดบรรลุ / ไม่บรรลุ / ยังไม่วัด</th></tr>
                  <tr>
                    <td class="num"><xsl:value-of select="r:totals/@projects"/></td>
                    <td class="num"><xsl:value-of select="r:totals/@units"/></td>
                    <td class="num"><xsl:value-of select="format-number(r:totals/@allocated, '#,##0.00')"/></td>
                    <td class="num"><xsl:value-of select="format-number(r:totals/@spent, '#,##0.00')"/></td>
                    <td class="num"><xsl:value-of select="r:totals/@indicatorsAchieved"/> / <xsl:value-of select="r:totals/@indicatorsNotAchieved"/> / <xsl:value-of select="r:totals/@indicatorsNotMeasured"/></td>
                  </tr>
                </table>
                <xsl:if test="r:history/r:historyYear">
                  <h2>เปรียบเทียบรายปี</h2>
                  <table>
                    <tr><th>ปีงบประมาณ</th><th>โครงการ</th><th>หน่วยงาน</th><th>งบประมาณ (บาท)</th><th>ใช้จ่าย (บาท)</th><th>ตัวชี้วัดบรรลุ / ไม่บรรลุ / ยังไม่วัด</th><th>เปลี่ยนแปลงจากปีก่อน: โครงการ, งบประมาณ (บาท)</th></tr>
                    <xsl:for-each select="r:history/r:historyYear">
                      <tr>
                        <td><xsl:value-of select="@year"/></td>
                        <td class="num"><xsl:value-of select="r:yearTotals/@projects"/></td>
                        <td class="num"><xsl:value-of select="r:yearTotals/@units"/></td>
                        <td class="num"><xsl:value-of select="format-number(r:yearTotals/@allocated, '#,##0.00')"/></td>
                        <td class="num"><xsl:value-of select="format-number(r:yearTotals/@spent, '#,##0.00')"/></td>
                        <td class="num"><xsl:value-of select="r:yearTotals/@indicatorsAchieved"/> / <xsl:value-of select="r:yearTotals/@indicatorsNotAchieved"/> / <xsl:value-of select="r:yearTotals/@indicatorsNotMeasured"/></td>
                        <td class="num"><xsl:if test="r:yearTotals/r:change"><xsl:value-of select="r:yearTotals/r:change/@projects"/>, <xsl:value-of select="format-number(r:yearTotals/r:change/@allocated, '#,##0.00;-#,##0.00')"/> (จาก <xsl:value-of select="r:yearTotals/r:change/@from"/>)</xsl:if></td>
                      </tr>
                    </xsl:for-each>
                  </table>
                </xsl:if>
                <h2>ตัวชี้วัดเชิงยุทธศาสตร์</h2>
                <table>
                  <tr><th>ตัวชี้วัด</th><th>ค่าของจังหวัด</th><th>ร้อยละของเป้าหมาย</th><th>ระดับผล</th><th>วิธีรวม</th><th>หน่วยงานที่นำค่ามาคำนวณ: ค่า หรือ ตัวตั้ง / ตัวหาร (อัตรา), ข้อมูล ณ, หมายเหตุ</th></tr>
                  <xsl:for-each select="r:plan//r:strategicIndicator">
                    <tr>
                      <td><xsl:value-of select="@code"/><xsl:text> </xsl:text><xsl:value-of select="r:name"/></td>
                      <td class="num"><xsl:value-of select="@yearValue"/></td>
                      <td class="num"><xsl:value-of select="@percentOfTarget"/></td>
                      <td><xsl:value-of select="@ratingLabel"/></td>
                      <td>
                        <xsl:choose>
                          <xsl:when test="@aggregation = 'sum'">ผลรวม (sum)</xsl:when>
                          <xsl:when test="@aggregation = 'ratio'">อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × <xsl:value-of select="@per"/></xsl:when>
                          <xsl:when test="@aggregation = 'single'">ค่าเดียว (single)</xsl:when>
                          <xsl:otherwise>ค่าเฉลี่ย (mean)<xsl:if test="@aggregationChosen = 'false'"> โดยปริยาย</xsl:if></xsl:otherwise>
                        </xsl:choose>
                      </td>
                      <td>
                        <xsl:for-each select="r:contributor">
                          <div>
                            <xsl:value-of select="@unit"/><xsl:text>: </xsl:text>
                            <xsl:choose>
                              <xsl:when test="@numerator"><xsl:value-of select="@numerator"/> / <xsl:value-of select="@denominator"/> (<xsl:value-of select="@value"/>)</xsl:when>
                              <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
                            </xsl:choose>
                            <xsl:if test="@asOf"><xsl:text>, ณ </xsl:text><xsl:value-of select="@asOf"/></xsl:if>
                            <xsl:if test="@note"><xsl:text>, </xsl:text><xsl:value-of select="@note"/></xsl:if>
                          </div>
                        </xsl:for-each>
                      </td>
                    </tr>
                  </xsl:for-each>
                </table>
                <xsl:for-each select="r:unit">
                  <h2><xsl:value-of select="r:name"/></h2>
                  <table>
                    <tr><th>รหัส</th><th>โครงการ</th><th>สถานะ</th><th>ยุทธศาสตร์</th><th>งบประมาณ (บาท)</th><th>ใช้จ่าย (บาท)</th></tr>
                    <xsl:for-each select="r:project">
                      <tr>
                        <td><xsl:value-of select="@id"/></td>
                        <td><xsl:value-of select="r:name"/></td>
                        <td><xsl:value-of select="@status"/></td>
                        <td><xsl:for-each select="r:strategies/r:code"><xsl:value-of select="."/><xsl:text> </xsl:text></xsl:for-each></td>
                        <td class="num"><xsl:value-of select="format-number(r:budget/@allocated, '#,##0.00')"/></td>
                        <td class="num"><xsl:if test="r:budget/@spent"><xsl:value-of select="format-number(r:budget/@spent, '#,##0.00')"/></xsl:if></td>
                      </tr>
                    </xsl:for-each>
                  </table>
                </xsl:for-each>
              </body>
            </html>
          </xsl:template>
        </xsl:stylesheet>

        """#
}
