{{%AUTOESCAPE context="HTML"}}
{{! 监督抽查: the notices, or the rows matching a search. Q; ONLY_FAILED; SEARCH (RESULTS included); NOTICES (BATCHES (FillBatch),
    NO_BATCHES, PAGINATION). }}
<header class="page-header"><h1>监督抽查</h1>
<p class="lead">本机关组织的产品质量和食品安全监督抽查结果。每期通告列出抽检的全部产品，不合格产品以红色标出；可按产品名称、商标或企业名称查询全部通告中的抽查结果。</p></header>
<form class="card search-form" method="get" action="/sampling" role="search" aria-label="查询抽查结果">
<div class="search-box">
<label for="smp-q" class="sr-only">产品名称、商标或企业名称</label>
<input id="smp-q" name="q" type="search" value="{{Q}}" placeholder="产品名称、商标或企业名称" maxlength="200">
<button type="submit" class="btn btn-primary">查询</button>
</div>
<p class="field-check"><input type="checkbox" id="smp-fail" name="result" value="fail"{{#ONLY_FAILED}} checked{{/ONLY_FAILED}}> <label for="smp-fail">只看不合格产品</label></p>
</form>
{{#SEARCH}}<h2>查询结果</h2>
{{>RESULTS}}
<p><a href="/sampling">返回抽查通告列表</a></p>{{/SEARCH}}
{{#NOTICES}}
{{#NO_BATCHES}}<div class="card empty-state"><p>暂无已发布的监督抽查结果。</p></div>{{/NO_BATCHES}}
<ul class="card-list">{{#BATCHES}}
<li class="card"><h2 class="card-title"><a href="/sampling/{{ID}}">{{TITLE}}</a></h2>
<p class="muted">{{#HAS_NOTICE_NO}}{{NOTICE_NO}} · {{/HAS_NOTICE_NO}}发布日期 {{PUBLISHED_ON}}</p>
<p>抽检 <strong>{{TOTAL}}</strong> 批次，合格 {{PASSED}} 批次{{#HAS_FAILED}}，<span class="badge badge-error">不合格 {{FAILED}} 批次</span>{{/HAS_FAILED}}。</p></li>{{/BATCHES}}
</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 期，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
{{/NOTICES}}
<p class="muted">订阅：<a href="/sampling/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/sampling">/api/v1/sampling</a></p>
