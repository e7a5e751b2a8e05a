{{%AUTOESCAPE context="HTML"}}
{{! 年度报告: YEAR; YEARS (VALUE LABEL SELECTED); AGENCIES (ID NAME URL; ITEM (STATE) ITEM_ID; NO_ITEM); NO_AGENCIES. }}
<header class="page-header"><h1>政府信息公开年度报告</h1></header>
<p>依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，各机关应于每年 1 月 31 日前公布上一年度的政府信息公开工作年度报告。报告按国办公开办函〔2021〕30号的格式由平台记录自动统计，表三须满足“一 + 二 = 三（七） + 四”才能生成信息草稿。</p>
<form class="form-inline card" method="get" action="/console/reports">
<label for="rp-year">年度</label>
<select id="rp-year" name="year">{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select>
<button type="submit" class="btn btn-secondary">查看</button>
</form>
{{#NO_AGENCIES}}<p class="empty">您没有编制年度报告的权限。</p>{{/NO_AGENCIES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="各机构年度报告">
<table class="table">
<caption class="sr-only">{{YEAR}} 年度各机构的报告</caption>
<thead><tr><th scope="col">机构</th><th scope="col">{{YEAR}} 年度报告</th><th scope="col">以往年度</th></tr></thead>
<tbody>
{{#AGENCIES}}<tr><th scope="row"><a href="{{URL}}">{{NAME}}</a></th><td>{{#ITEM}}<a href="/console/items/{{ITEM_ID}}">{{STATE}}</a>{{/ITEM}}{{#NO_ITEM}}尚未生成{{/NO_ITEM}}</td><td><a href="/console/reports/{{ID}}/prior">录入平台启用前的报告数据</a></td></tr>
{{/AGENCIES}}
</tbody>
</table>
</div>
