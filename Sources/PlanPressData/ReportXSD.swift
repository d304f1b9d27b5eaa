/// `report.xsd`: the XML Schema of `report.xml`, written by hand so that it is precise:
/// enumerations for every closed list, money as `xs:decimal` with exactly two fraction digits,
/// ISO dates, and keys/keyrefs so that every code a project names exists in the framework and
/// every project an item's roll-up lists exists in its unit.
public enum ReportXSD {
    public static let namespace = "urn:planpress:report:1"

    public static let text = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- PlanPress report.xml schema (planpress/report/1). -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   xmlns:r="urn:planpress:report:1"
                   targetNamespace="urn:planpress:report:1"
                   elementFormDefault="qualified"
                   attributeFormDefault="unqualified">

          <xs:simpleType name="money">
            <xs:annotation><xs:documentation>Baht with exactly two decimals, never negative.</xs:documentation></xs:annotation>
            <xs:restriction base="xs:decimal">
              <xs:fractionDigits value="2"/>
              <xs:minInclusive value="0"/>
              <xs:pattern value="[0-9]+\.[0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="rate">
            <xs:restriction base="xs:decimal">
              <xs:fractionDigits value="2"/>
              <xs:pattern value="[0-9]+\.[0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="beYear">
            <xs:restriction base="xs:integer"><xs:minInclusive value="2400"/><xs:maxInclusive value="2800"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="unitID">
            <xs:restriction base="xs:string"><xs:pattern value="[a-z0-9][a-z0-9\-]{1,62}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="projectID">
            <xs:restriction base="xs:string"><xs:pattern value="[A-Za-z0-9][A-Za-z0-9._\-]{0,31}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="code">
            <xs:restriction base="xs:string"><xs:pattern value="[A-Za-z0-9][A-Za-z0-9._\-]{0,39}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="planID">
            <xs:restriction base="xs:string"><xs:pattern value="[A-Z][A-Z0-9]{0,9}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="status">
            <xs:restriction base="xs:string">
              <xs:enumeration value="completed"/><xs:enumeration value="ongoing"/><xs:enumeration value="not_started"/>
              <xs:enumeration value="cancelled"/><xs:enumeration value="postponed"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="result">
            <xs:restriction base="xs:string">
              <xs:enumeration value="achieved"/><xs:enumeration value="not_achieved"/><xs:enumeration value="not_measured"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="indicatorStatus">
            <xs:restriction base="xs:string">
              <xs:enumeration value="met"/><xs:enumeration value="not_met"/><xs:enumeration value="no_data"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="aggregation">
            <xs:restriction base="xs:string">
              <xs:enumeration value="sum"/><xs:enumeration value="mean"/><xs:enumeration value="ratio"/><xs:enumeration value="single"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="source">
            <xs:restriction base="xs:string">
              <xs:enumeration value="government"/><xs:enumeration value="non_government"/><xs:enumeration value="local"/><xs:enumeration value="other"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="kind">
            <xs:restriction base="xs:string"><xs:enumeration value="quantitative"/><xs:enumeration value="qualitative"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="direction">
            <xs:restriction base="xs:string"><xs:enumeration value="increase"/><xs:enumeration value="decrease"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="submission">
            <xs:restriction base="xs:string"><xs:enumeration value="submitted"/><xs:enumeration value="late"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="httpURL">
            <xs:restriction base="xs:anyURI"><xs:pattern value="https?://.+"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="signedMoney">
            <xs:annotation><xs:documentation>A change of an amount in baht, two decimals, negative for a fall.</xs:documentation></xs:annotation>
            <xs:restriction base="xs:decimal">
              <xs:fractionDigits value="2"/>
              <xs:pattern value="-?[0-9]+\.[0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="signedRate">
            <xs:restriction base="xs:decimal">
              <xs:fractionDigits value="2"/>
              <xs:pattern value="-?[0-9]+\.[0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="counts">
            <xs:annotation><xs:documentation>A count per rating band, highest band first, separated by spaces.</xs:documentation></xs:annotation>
            <xs:list itemType="xs:nonNegativeInteger"/>
          </xs:simpleType>
          <xs:simpleType name="presence">
            <xs:annotation><xs:documentation>Which years a code exists in: every year compared, only this one, only earlier ones, some of them.</xs:documentation></xs:annotation>
            <xs:restriction base="xs:string">
              <xs:enumeration value="every_year"/><xs:enumeration value="only_now"/><xs:enumeration value="not_now"/><xs:enumeration value="some_years"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:attributeGroup name="grade">
            <xs:annotation><xs:documentation>A graded result: the percentage of the target achieved (two decimals, direction-aware), the index of its band on its plan's scale (0 the highest) and the band's labels.</xs:documentation></xs:annotation>
            <xs:attribute name="percentOfTarget" type="r:signedRate"/>
            <xs:attribute name="rating" type="xs:nonNegativeInteger"/>
            <xs:attribute name="ratingLabel" type="xs:string"/>
            <xs:attribute name="ratingLabelEN" type="xs:string"/>
          </xs:attributeGroup>

          <xs:attributeGroup name="figureAttributes">
            <xs:attribute name="projects" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="units" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="allocated" type="r:money" use="required"/>
            <xs:attribute name="spent" type="r:money" use="required"/>
            <xs:attribute name="disbursementRate" type="r:rate"/>
            <xs:attribute name="completed" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="ongoing" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="notStarted" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="cancelled" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="postponed" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="indicatorsAchieved" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="indicatorsNotAchieved" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="indicatorsNotMeasured" type="xs:nonNegativeInteger" use="required"/>
          </xs:attributeGroup>
          <xs:complexType name="figures">
            <xs:attributeGroup ref="r:figureAttributes"/>
            <xs:attribute name="indicatorsByBand" type="r:counts" use="required"/>
          </xs:complexType>

          <xs:complexType name="figuresChange">
            <xs:annotation><xs:documentation>A year's figures minus those of the year `from` (the latest earlier year with the code): negative for a fall.</xs:documentation></xs:annotation>
            <xs:attribute name="from" type="r:beYear" use="required"/>
            <xs:attribute name="projects" type="xs:integer" use="required"/>
            <xs:attribute name="units" type="xs:integer" use="required"/>
            <xs:attribute name="allocated" type="r:signedMoney" use="required"/>
            <xs:attribute name="spent" type="r:signedMoney" use="required"/>
            <xs:attribute name="disbursementRate" type="r:signedRate"/>
            <xs:attribute name="indicatorsAchieved" type="xs:integer" use="required"/>
            <xs:attribute name="indicatorsNotAchieved" type="xs:integer" use="required"/>
            <xs:attribute name="indicatorsNotMeasured" type="xs:integer" use="required"/>
          </xs:complexType>
          <xs:complexType name="yearFigures">
            <xs:annotation><xs:documentation>A year's figures as its report states them, and their change from the year before.</xs:documentation></xs:annotation>
            <xs:sequence><xs:element name="change" type="r:figuresChange" minOccurs="0"/></xs:sequence>
            <xs:attributeGroup ref="r:figureAttributes"/>
          </xs:complexType>
          <xs:complexType name="historyYear">
            <xs:sequence>
              <xs:element name="yearTotals" type="r:yearFigures"/>
              <xs:element name="yearItem" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="name" type="xs:string"/>
                    <xs:element name="change" type="r:figuresChange" minOccurs="0"/>
                  </xs:sequence>
                  <xs:attributeGroup ref="r:figureAttributes"/>
                  <xs:attribute name="code" type="r:code" use="required"/>
                  <xs:attribute name="plan" type="r:planID" use="required"/>
                  <xs:attribute name="presence" type="r:presence" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="yearUnit" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="name" type="xs:string"/>
                    <xs:element name="change" type="r:figuresChange" minOccurs="0"/>
                  </xs:sequence>
                  <xs:attributeGroup ref="r:figureAttributes"/>
                  <xs:attribute name="id" type="r:unitID" use="required"/>
                  <xs:attribute name="presence" type="r:presence" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="yearIndicator" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="name" type="xs:string"/>
                    <xs:element name="change" minOccurs="0">
                      <xs:complexType>
                        <xs:attribute name="from" type="r:beYear" use="required"/>
                        <xs:attribute name="value" type="xs:decimal" use="required"/>
                      </xs:complexType>
                    </xs:element>
                  </xs:sequence>
                  <xs:attribute name="code" type="r:code" use="required"/>
                  <xs:attribute name="item" type="r:code" use="required"/>
                  <xs:attribute name="plan" type="xs:string" use="required"/>
                  <xs:attribute name="presence" type="r:presence" use="required"/>
                  <xs:attribute name="status" type="r:indicatorStatus" use="required"/>
                  <xs:attribute name="value" type="xs:decimal"/>
                  <xs:attribute name="target" type="xs:decimal"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="year" type="r:beYear" use="required"/>
            <xs:attribute name="current" type="xs:boolean" use="required"/>
          </xs:complexType>

          <xs:complexType name="codeList">
            <xs:sequence><xs:element name="code" type="r:code" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
          </xs:complexType>
          <xs:complexType name="textList">
            <xs:sequence><xs:element name="text" type="xs:string" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
          </xs:complexType>
          <xs:complexType name="person">
            <xs:sequence>
              <xs:element name="name" type="xs:string" minOccurs="0"/>
              <xs:element name="position" type="xs:string" minOccurs="0"/>
              <xs:element name="phone" type="xs:string" minOccurs="0"/>
              <xs:element name="email" type="xs:string" minOccurs="0"/>
            </xs:sequence>
          </xs:complexType>
          <xs:complexType name="codeName">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="code" type="xs:string" use="required"/>
                <xs:attribute name="shortName" type="xs:string"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>

          <xs:complexType name="indicatorEntry">
            <xs:annotation><xs:documentation>A unit's entry for a strategic indicator: value (a ratio's own rate, numerator ÷ denominator × per), the ratio's parts, the note and the date the figure stands at.</xs:documentation></xs:annotation>
            <xs:attribute name="unit" type="r:unitID" use="required"/>
            <xs:attribute name="value" type="xs:decimal" use="required"/>
            <xs:attribute name="numerator" type="xs:decimal"/>
            <xs:attribute name="denominator" type="xs:decimal"/>
            <xs:attribute name="note" type="xs:string"/>
            <xs:attribute name="asOf" type="xs:date"/>
          </xs:complexType>

          <xs:complexType name="strategicIndicator">
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="unit" type="xs:string" minOccurs="0"/>
              <xs:element name="baseline" minOccurs="0">
                <xs:complexType>
                  <xs:attribute name="year" type="r:beYear"/>
                  <xs:attribute name="value" type="xs:decimal" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="target" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="year" type="r:beYear" use="required"/>
                  <xs:attribute name="value" type="xs:decimal" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="reported" type="r:indicatorEntry" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="contributor" type="r:indicatorEntry" minOccurs="0" maxOccurs="unbounded">
                <xs:annotation><xs:documentation>An entry the year's value is made from, in unit order.</xs:documentation></xs:annotation>
              </xs:element>
              <xs:element name="contribution" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="ref" type="xs:string" use="required"/>
                  <xs:attribute name="indicator" type="xs:positiveInteger" use="required"/>
                  <xs:attribute name="result" type="r:result" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="code" type="r:code" use="required"/>
            <xs:attribute name="direction" type="r:direction" use="required"/>
            <xs:attribute name="status" type="r:indicatorStatus" use="required"/>
            <xs:attribute name="yearTarget" type="xs:decimal"/>
            <xs:attribute name="yearValue" type="xs:decimal"/>
            <xs:attribute name="aggregation" type="r:aggregation" use="required"/>
            <xs:attribute name="aggregationChosen" type="xs:boolean" use="required"/>
            <xs:attribute name="per" type="xs:decimal"/>
            <xs:attributeGroup ref="r:grade"/>
          </xs:complexType>

          <xs:complexType name="item">
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="nameEN" type="xs:string" minOccurs="0"/>
              <xs:element name="supports" type="r:codeList"/>
              <xs:element name="rollup" type="r:figures"/>
              <xs:element name="aligned" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType><xs:attribute name="ref" type="xs:string" use="required"/></xs:complexType>
              </xs:element>
              <xs:element name="strategicIndicator" type="r:strategicIndicator" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="item" type="r:item" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="code" type="r:code" use="required"/>
            <xs:attribute name="depth" type="xs:positiveInteger" use="required"/>
            <xs:attribute name="gap" type="xs:boolean" use="required"/>
          </xs:complexType>

          <xs:complexType name="projectIndicator">
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="unit" type="xs:string" minOccurs="0"/>
              <xs:element name="target" type="xs:string"/>
              <xs:element name="actual" type="xs:string" minOccurs="0"/>
              <xs:element name="contributesTo" type="r:code" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="no" type="xs:positiveInteger" use="required"/>
            <xs:attribute name="kind" type="r:kind" use="required"/>
            <xs:attribute name="direction" type="r:direction" use="required"/>
            <xs:attribute name="achieved" type="xs:boolean"/>
            <xs:attribute name="result" type="r:result" use="required"/>
            <xs:attributeGroup ref="r:grade"/>
          </xs:complexType>

          <xs:complexType name="project">
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="strategies" type="r:codeList"/>
              <xs:element name="alsoSupports" type="r:codeList"/>
              <xs:element name="alignedCodes" type="r:codeList"/>
              <xs:element name="period" minOccurs="0">
                <xs:complexType>
                  <xs:attribute name="start" type="xs:date"/>
                  <xs:attribute name="end" type="xs:date"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="lead" type="xs:string" minOccurs="0"/>
              <xs:element name="budget">
                <xs:complexType>
                  <xs:attribute name="allocated" type="r:money" use="required"/>
                  <xs:attribute name="spent" type="r:money"/>
                  <xs:attribute name="source" type="r:source"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="objectives" type="r:textList"/>
              <xs:element name="indicator" type="r:projectIndicator" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="beneficiary" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="name" type="xs:string" use="required"/>
                  <xs:attribute name="count" type="xs:nonNegativeInteger" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="results" type="xs:string" minOccurs="0"/>
              <xs:element name="problems" type="r:textList"/>
              <xs:element name="suggestions" type="r:textList"/>
              <xs:element name="evidence" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="title" type="xs:string" use="required"/>
                  <xs:attribute name="url" type="r:httpURL"/>
                  <xs:attribute name="file" type="xs:string"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="id" type="r:projectID" use="required"/>
            <xs:attribute name="key" type="xs:string" use="required"/>
            <xs:attribute name="status" type="r:status" use="required"/>
          </xs:complexType>

          <xs:complexType name="unit">
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="shortName" type="xs:string" minOccurs="0"/>
              <xs:element name="contact" type="r:person" minOccurs="0"/>
              <xs:element name="approvedBy" type="r:person" minOccurs="0"/>
              <xs:element name="summary" type="xs:string" minOccurs="0"/>
              <xs:element name="figures" type="r:figures"/>
              <xs:element name="project" type="r:project" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="indicatorResult" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="code" type="r:code" use="required"/>
                  <xs:attribute name="value" type="xs:decimal" use="required"/>
                  <xs:attribute name="numerator" type="xs:decimal"/>
                  <xs:attribute name="denominator" type="xs:decimal"/>
                  <xs:attribute name="note" type="xs:string"/>
                  <xs:attribute name="asOf" type="xs:date"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="id" type="r:unitID" use="required"/>
            <xs:attribute name="affiliation" type="xs:string" use="required"/>
            <xs:attribute name="district" type="xs:string"/>
            <xs:attribute name="submission" type="r:submission" use="required"/>
            <xs:attribute name="submittedOn" type="xs:date"/>
          </xs:complexType>

          <xs:element name="report">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="site">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="province" type="xs:string"/>
                      <xs:element name="office" type="xs:string"/>
                      <xs:element name="title" type="xs:string"/>
                      <xs:element name="baseURL" type="r:httpURL" minOccurs="0"/>
                      <xs:element name="affiliation" type="r:codeName" maxOccurs="unbounded"/>
                      <xs:element name="district" type="r:codeName" minOccurs="0" maxOccurs="unbounded"/>
                      <xs:element name="committee" type="r:person" minOccurs="0" maxOccurs="unbounded"/>
                    </xs:sequence>
                    <xs:attribute name="fiscalYear" type="r:beYear" use="required"/>
                    <xs:attribute name="primaryPlan" type="r:planID" use="required"/>
                    <xs:attribute name="deadline" type="xs:date"/>
                    <xs:attribute name="publishedOn" type="xs:date"/>
                  </xs:complexType>
                </xs:element>
                <xs:element name="totals" type="r:figures"/>
                <xs:element name="plan" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="name" type="xs:string"/>
                      <xs:element name="nameEN" type="xs:string" minOccurs="0"/>
                      <xs:element name="ratingBand" minOccurs="2" maxOccurs="8">
                        <xs:annotation><xs:documentation>The plan's grades, highest first: a result achieving at least `from` per cent of its target (and less than the band above) gets `label`.</xs:documentation></xs:annotation>
                        <xs:complexType>
                          <xs:attribute name="from" type="xs:decimal" use="required"/>
                          <xs:attribute name="label" type="xs:string" use="required"/>
                          <xs:attribute name="labelEN" type="xs:string"/>
                        </xs:complexType>
                      </xs:element>
                      <xs:element name="item" type="r:item" minOccurs="0" maxOccurs="unbounded"/>
                    </xs:sequence>
                    <xs:attribute name="id" type="r:planID" use="required"/>
                    <xs:attribute name="rank" type="xs:positiveInteger" use="required"/>
                    <xs:attribute name="from" type="r:beYear"/>
                    <xs:attribute name="to" type="r:beYear"/>
                    <xs:attribute name="projectsServingSeveralItems" type="xs:nonNegativeInteger" use="required"/>
                  </xs:complexType>
                </xs:element>
                <xs:element name="unit" type="r:unit" minOccurs="0" maxOccurs="unbounded">
                  <xs:key name="projectID"><xs:selector xpath="r:project"/><xs:field xpath="@id"/></xs:key>
                </xs:element>
                <xs:element name="rejected" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="unit" type="xs:string" use="required"/>
                    <xs:attribute name="path" type="xs:string" use="required"/>
                    <xs:attribute name="errors" type="xs:nonNegativeInteger" use="required"/>
                  </xs:complexType>
                </xs:element>
                <xs:element name="missing" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:simpleContent>
                      <xs:extension base="xs:string"><xs:attribute name="unit" type="r:unitID" use="required"/></xs:extension>
                    </xs:simpleContent>
                  </xs:complexType>
                </xs:element>
                <xs:element name="history">
                  <xs:annotation><xs:documentation>Every year compared (content/history/, then this report's), oldest first; empty without an earlier year.</xs:documentation></xs:annotation>
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="historyYear" type="r:historyYear" minOccurs="0" maxOccurs="unbounded">
                        <xs:unique name="historyItem"><xs:selector xpath="r:yearItem"/><xs:field xpath="@code"/></xs:unique>
                        <xs:unique name="historyUnit"><xs:selector xpath="r:yearUnit"/><xs:field xpath="@id"/></xs:unique>
                        <xs:unique name="historyIndicator"><xs:selector xpath="r:yearIndicator"/><xs:field xpath="@code"/></xs:unique>
                      </xs:element>
                    </xs:sequence>
                  </xs:complexType>
                  <xs:unique name="historyYear"><xs:selector xpath="r:historyYear"/><xs:field xpath="@year"/></xs:unique>
                </xs:element>
              </xs:sequence>
              <xs:attribute name="format" type="xs:string" use="required" fixed="planpress/report/1"/>
            </xs:complexType>

            <!-- Identities. -->
            <xs:key name="planID"><xs:selector xpath="r:plan"/><xs:field xpath="@id"/></xs:key>
            <xs:key name="itemCode"><xs:selector xpath=".//r:item"/><xs:field xpath="@code"/></xs:key>
            <xs:key name="indicatorCode"><xs:selector xpath=".//r:strategicIndicator"/><xs:field xpath="@code"/></xs:key>
            <xs:key name="unitID"><xs:selector xpath="r:unit"/><xs:field xpath="@id"/></xs:key>
            <xs:key name="projectKey"><xs:selector xpath="r:unit/r:project"/><xs:field xpath="@key"/></xs:key>

            <!-- Every code a project names or reaches exists in the framework. -->
            <xs:keyref name="strategyRef" refer="r:itemCode"><xs:selector xpath="r:unit/r:project/r:strategies/r:code"/><xs:field xpath="."/></xs:keyref>
            <xs:keyref name="alsoSupportsRef" refer="r:itemCode"><xs:selector xpath="r:unit/r:project/r:alsoSupports/r:code"/><xs:field xpath="."/></xs:keyref>
            <xs:keyref name="alignedRef" refer="r:itemCode"><xs:selector xpath="r:unit/r:project/r:alignedCodes/r:code"/><xs:field xpath="."/></xs:keyref>
            <xs:keyref name="supportsRef" refer="r:itemCode"><xs:selector xpath=".//r:item/r:supports/r:code"/><xs:field xpath="."/></xs:keyref>
            <xs:keyref name="contributesRef" refer="r:indicatorCode"><xs:selector xpath="r:unit/r:project/r:indicator/r:contributesTo"/><xs:field xpath="."/></xs:keyref>
            <xs:keyref name="indicatorResultRef" refer="r:indicatorCode"><xs:selector xpath="r:unit/r:indicatorResult"/><xs:field xpath="@code"/></xs:keyref>
            <xs:keyref name="primaryPlanRef" refer="r:planID"><xs:selector xpath="r:site"/><xs:field xpath="@primaryPlan"/></xs:keyref>
            <!-- Every project a roll-up or a strategic indicator lists exists in its unit. -->
            <xs:keyref name="alignedProjectRef" refer="r:projectKey"><xs:selector xpath=".//r:item/r:aligned"/><xs:field xpath="@ref"/></xs:keyref>
            <xs:keyref name="contributionRef" refer="r:projectKey"><xs:selector xpath=".//r:strategicIndicator/r:contribution"/><xs:field xpath="@ref"/></xs:keyref>
            <xs:keyref name="reportedUnitRef" refer="r:unitID"><xs:selector xpath=".//r:strategicIndicator/r:reported"/><xs:field xpath="@unit"/></xs:keyref>
            <xs:keyref name="contributorUnitRef" refer="r:unitID"><xs:selector xpath=".//r:strategicIndicator/r:contributor"/><xs:field xpath="@unit"/></xs:keyref>
          </xs:element>
        </xs:schema>

        """#

    /// `text` for validating `report.xml` in parts (`ReportXMLParts`), on every core: the root's
    /// keys and keyrefs, which tie the framework to every unit's projects, are left to
    /// `ReportIdentities`; the root takes `<unit/>` in the units' place; and `unitBatch` holds
    /// units, each validated against `r:unit` with its own key on project ids, exactly as in the
    /// document. Derived from `text`, so the two cannot drift apart.
    static let partsText: String = {
        let identities = text.range(of: "\n    <!-- Identities. -->")!.lowerBound
        let unitInRoot = """
                    <xs:element name="unit" type="r:unit" minOccurs="0" maxOccurs="unbounded">
                      <xs:key name="projectID"><xs:selector xpath="r:project"/><xs:field xpath="@id"/></xs:key>
                    </xs:element>
            """
        let placeholder = """
                    <xs:element name="unit" minOccurs="0" maxOccurs="unbounded"><xs:complexType/></xs:element>
            """
        let root = String(text[..<identities]).replacingOccurrences(of: unitInRoot, with: placeholder)
        precondition(root.contains(placeholder) && !root.contains(unitInRoot), "ReportXSD.partsText: the root's unit changed")
        return root + """

              </xs:element>

              <xs:element name="unitBatch">
                <xs:complexType>
                  <xs:sequence>
            \(unitInRoot)
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:schema>

            """
    }()
}
