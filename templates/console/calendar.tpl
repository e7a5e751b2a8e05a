{{%AUTOESCAPE context="HTML"}}
{{! Working-day calendar. YEARS (YEAR HOLIDAYS WORKDAYS SOURCE; FROM_CONSOLE (UPDATED_AT UPDATED_BY) / FROM_FILE);
    HAS_MISSING; MISSING (YEAR); FORM_TITLE YEAR HOLIDAYS WORKDAYS SOURCE; HAS_ERRORS; ERRORS (FIELD MSG); ERR_YEAR
    ERR_HOLIDAYS ERR_WORKDAYS ERR_SOURCE; CSRF_TOKEN. }}
<header class="page-header"><h1>工作日历</h1></header>
<p class="field-hint">期限按国务院办公厅每年发布的节假日安排通知计算（条例第三十三条等规定的“工作日”）。某年尚未录入时按周一至周五计算，涉及该年的期限均标注“日历未发布”。通知发布后请在下方录入；录入或更正后，期限立即按新日历计算。</p>
{{#HAS_MISSING}}<div class="alert alert-error" role="alert" id="calendar-missing">
<p><strong>日历未发布：</strong>{{#MISSING}}<a href="/console/calendar/{{YEAR}}">{{YEAR}} 年</a>{{#MISSING_separator}}、{{/MISSING_separator}}{{/MISSING}}的节假日安排尚未录入，涉及这些年份的期限按周一至周五计算，并在界面上标注“日历未发布”。</p>
</div>{{/HAS_MISSING}}
<section class="card" aria-labelledby="cal-years-title">
<h2 class="card-title" id="cal-years-title">已有日历的年份</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="已有日历的年份">
<table class="table">
<thead><tr><th scope="col">年份</th><th scope="col">放假天数</th><th scope="col">调休上班天数</th><th scope="col">来源</th><th scope="col">通知文号</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>
<tbody>{{#YEARS}}
<tr id="calendar-year-{{YEAR}}"><td>{{YEAR}}</td><td>{{HOLIDAYS}}</td><td>{{WORKDAYS}}</td>
<td>{{#FROM_CONSOLE}}<span class="badge badge-ok">工作台录入</span> <span class="muted">{{UPDATED_BY}}，{{UPDATED_AT}}</span>{{/FROM_CONSOLE}}{{#FROM_FILE}}<span class="badge badge-muted">随程序发布</span>{{/FROM_FILE}}</td>
<td>{{SOURCE}}</td>
<td class="actions"><a class="btn btn-secondary btn-small" href="/console/calendar/{{YEAR}}">更正<span class="sr-only"> {{YEAR}} 年</span></a></td></tr>{{/YEARS}}
</tbody>
</table>
</div>
</section>
<section class="card" aria-labelledby="cal-form-title" id="calendar-form">
<h2 class="card-title" id="cal-form-title">{{FORM_TITLE}}</h2>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li><a href="#cal-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form" method="post" action="/console/calendar" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}">
<label for="cal-year">年份</label>
<p class="field-hint" id="cal-year-hint">保存后将整体替换该年已有的日历。</p>
{{#ERR_YEAR}}<p class="field-error" id="cal-year-err">{{MSG}}</p>{{/ERR_YEAR}}
<input id="cal-year" name="year" type="text" inputmode="numeric" maxlength="4" size="6" value="{{YEAR}}" required aria-describedby="cal-year-hint{{#ERR_YEAR}} cal-year-err{{/ERR_YEAR}}"{{#ERR_YEAR}} aria-invalid="true"{{/ERR_YEAR}}>
</div>
<div class="field{{#ERR_HOLIDAYS}} has-error{{/ERR_HOLIDAYS}}">
<label for="cal-holidays">放假日期</label>
<p class="field-hint" id="cal-holidays-hint">通知中放假的每一天，含假期中的周末。每行一个日期或用逗号分隔，连续的日期可写成范围，如 2027-10-01..2027-10-07。</p>
{{#ERR_HOLIDAYS}}<p class="field-error" id="cal-holidays-err">{{MSG}}</p>{{/ERR_HOLIDAYS}}
<textarea id="cal-holidays" name="holidays" rows="10" aria-describedby="cal-holidays-hint{{#ERR_HOLIDAYS}} cal-holidays-err{{/ERR_HOLIDAYS}}"{{#ERR_HOLIDAYS}} aria-invalid="true"{{/ERR_HOLIDAYS}}>{{HOLIDAYS:pre_escape}}</textarea>
</div>
<div class="field{{#ERR_WORKDAYS}} has-error{{/ERR_WORKDAYS}}">
<label for="cal-workdays">调休上班日期</label>
<p class="field-hint" id="cal-workdays-hint">通知中调休上班的周六、周日，写法同上；没有则留空。</p>
{{#ERR_WORKDAYS}}<p class="field-error" id="cal-workdays-err">{{MSG}}</p>{{/ERR_WORKDAYS}}
<textarea id="cal-workdays" name="workdays" rows="4" aria-describedby="cal-workdays-hint{{#ERR_WORKDAYS}} cal-workdays-err{{/ERR_WORKDAYS}}"{{#ERR_WORKDAYS}} aria-invalid="true"{{/ERR_WORKDAYS}}>{{WORKDAYS:pre_escape}}</textarea>
</div>
<div class="field{{#ERR_SOURCE}} has-error{{/ERR_SOURCE}}">
<label for="cal-source">通知文号（可选）</label>
<p class="field-hint" id="cal-source-hint">如 国办发明电〔2025〕7号。</p>
{{#ERR_SOURCE}}<p class="field-error" id="cal-source-err">{{MSG}}</p>{{/ERR_SOURCE}}
<input id="cal-source" name="source" type="text" value="{{SOURCE}}" aria-describedby="cal-source-hint{{#ERR_SOURCE}} cal-source-err{{/ERR_SOURCE}}"{{#ERR_SOURCE}} aria-invalid="true"{{/ERR_SOURCE}}>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存日历</button> <a class="btn btn-secondary" href="/console/calendar">取消</a></div>
</form>
</section>
