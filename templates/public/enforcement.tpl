{{%AUTOESCAPE context="HTML"}}
{{! Public list of enforcement decisions. Q KIND; KINDS (LABEL URL CURRENT); DECISIONS (FillDecisionRow); NO_DECISIONS; NO_MATCHES;
    LICENCE_DAYS PENALTY_DAYS; PAGINATION, TOTAL_TEXT, CAPPED (CAP): FillPublicPaging. }}
<header class="page-header"><h1>行政执法公示</h1>
<p class="lead">本机关作出的行政许可、行政处罚和行政强制决定，按规定在作出决定后及时公示。行政许可决定 {{LICENCE_DAYS}} 个工作日内、行政处罚决定 {{PENALTY_DAYS}} 个工作日内公示；公示期满（通报批评或较低数额罚款 3 个月，其他 3 年）后停止公示。涉及个人的身份证号码、联系方式、住址等信息已作脱敏处理。</p>
<p>事前公开：<a href="/lists/bodies">执法主体</a> · <a href="/lists/powers">权责清单</a> · <a href="/lists/procedures">执法流程</a> · <a href="/lists/guides">办事指南</a></p></header>
<nav class="tabs" aria-label="决定类别"><ul>{{#KINDS}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/KINDS}}</ul></nav>
<form class="card search-form" method="get" action="/enforcement" role="search" aria-label="查找执法决定">
<input type="hidden" name="kind" value="{{KIND}}">
<div class="search-box">
<label for="enf-q" class="sr-only">企业名称、统一社会信用代码、文号或内容</label>
<input id="enf-q" name="q" type="search" value="{{Q}}" placeholder="企业名称、统一社会信用代码、文号或内容" maxlength="200">
<button type="submit" class="btn btn-primary">查找</button>
</div>
</form>
{{#NO_DECISIONS}}<div class="card empty-state"><p>暂无正在公示的执法决定。</p></div>{{/NO_DECISIONS}}
{{#NO_MATCHES}}<div class="card empty-state"><p>没有找到“{{Q}}”相关的正在公示的执法决定。</p></div>{{/NO_MATCHES}}
<div class="table-wrap card" tabindex="0" role="region" aria-label="执法决定列表">
<table class="table">
<thead><tr><th scope="col">行政相对人</th><th scope="col">类别</th><th scope="col">决定书文号</th><th scope="col">处理类别</th><th scope="col">决定日期</th><th scope="col">决定机关</th></tr></thead>
<tbody>{{#DECISIONS}}
<tr><td><a href="/enforcement/{{ID}}">{{PARTY}}</a></td><td>{{KIND}}</td><td>{{DOC_NO}}</td><td>{{CATEGORIES}}</td><td>{{DECIDED_ON}}</td><td>{{AUTHORITY}}</td></tr>{{/DECISIONS}}
</tbody>
</table>
</div>
{{#CAPPED}}<p class="muted">符合条件的决定超过 {{CAP}} 条，这里按公示日期列出最新的 {{CAP}} 条。请输入更具体的企业名称、统一社会信用代码或文号，或按类别缩小范围。</p>{{/CAPPED}}
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL_TEXT}}，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">订阅：<a href="/enforcement/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/enforcement">/api/v1/enforcement</a></p>
