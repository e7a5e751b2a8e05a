{{%AUTOESCAPE context="HTML"}}
{{! Figures of a report published before the platform: AGENCY_ID; YEAR RULES_* NORMATIVE_* as typed; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/reports">年度报告</a> / <span aria-current="page">录入以往年度报告数据</span></nav>
<header class="page-header"><h1>录入以往年度报告数据</h1></header>
<p>平台启用前的年度报告不在平台记录中。请按当年已发布报告的表二填写规章、行政规范性文件件数（2019 年及以前的旧格式报告，填写对应的制发、废止和现行有效件数），下一年度报告将据此核对“现行有效 = 上年现行有效 + 本年制发 − 本年废止”。</p>
<form class="form card" method="post" action="/console/reports/{{AGENCY_ID}}/prior" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}"><label for="pr-year">报告年度</label>{{#ERR_YEAR}}<p class="field-error">{{MSG}}</p>{{/ERR_YEAR}}
<input id="pr-year" name="year" type="text" inputmode="numeric" maxlength="4" value="{{YEAR}}"></div>
<fieldset class="field"><legend>规章</legend><div class="grid grid-3">
<div class="field{{#ERR_RULES_ISSUED}} has-error{{/ERR_RULES_ISSUED}}"><label for="pr-ri">本年制发件数</label><input id="pr-ri" name="rules_issued" type="text" inputmode="numeric" value="{{RULES_ISSUED}}"></div>
<div class="field{{#ERR_RULES_REPEALED}} has-error{{/ERR_RULES_REPEALED}}"><label for="pr-rr">本年废止件数</label><input id="pr-rr" name="rules_repealed" type="text" inputmode="numeric" value="{{RULES_REPEALED}}"></div>
<div class="field{{#ERR_RULES_IN_FORCE}} has-error{{/ERR_RULES_IN_FORCE}}"><label for="pr-rf">现行有效件数</label><input id="pr-rf" name="rules_in_force" type="text" inputmode="numeric" value="{{RULES_IN_FORCE}}"></div>
</div></fieldset>
<fieldset class="field"><legend>行政规范性文件</legend><div class="grid grid-3">
<div class="field{{#ERR_NORMATIVE_ISSUED}} has-error{{/ERR_NORMATIVE_ISSUED}}"><label for="pr-ni">本年制发件数</label><input id="pr-ni" name="normative_issued" type="text" inputmode="numeric" value="{{NORMATIVE_ISSUED}}"></div>
<div class="field{{#ERR_NORMATIVE_REPEALED}} has-error{{/ERR_NORMATIVE_REPEALED}}"><label for="pr-nr">本年废止件数</label><input id="pr-nr" name="normative_repealed" type="text" inputmode="numeric" value="{{NORMATIVE_REPEALED}}"></div>
<div class="field{{#ERR_NORMATIVE_IN_FORCE}} has-error{{/ERR_NORMATIVE_IN_FORCE}}"><label for="pr-nf">现行有效件数</label><input id="pr-nf" name="normative_in_force" type="text" inputmode="numeric" value="{{NORMATIVE_IN_FORCE}}"></div>
</div></fieldset>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div>
</form>
